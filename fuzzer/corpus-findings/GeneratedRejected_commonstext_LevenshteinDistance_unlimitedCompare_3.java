// CORPUS FINDING: GENERATED_REJECTED
// method: commons-text:org/apache/commons/text/similarity/LevenshteinDistance.java:LevenshteinDistance.unlimitedCompare#3 (commons-text-1.12.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-text/1.12.0/commons-text-1.12.0.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonstext_LevenshteinDistance_unlimitedCompare_3.java
//
// ERROR Kc665_Coroutines.java:152: ';' expected
// ERROR Kc665_Coroutines.java:164: ';' expected
// 
// generated source:
// package org.apache.commons.text.similarity;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc665}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc665_Coroutines extends Kc665 {
//     Kc665_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Integer> co_unlimitedCompare(CharSequence left, CharSequence right) {
//         return new Co_unlimitedCompareMachine(left, right).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc665#co_unlimitedCompare(java.lang.CharSequence, java.lang.CharSequence)}.
//      */
//     private static final class Co_unlimitedCompareMachine extends CoroutineMachine<Integer> {
//         private CharSequence left;
// 
//         private CharSequence right;
// 
//         private int n;
// 
//         private int m;
// 
//         private int[] p;
// 
//         private int i;
// 
//         private int j;
// 
//         private int upperLeft;
// 
//         private int upper;
// 
//         private char rightJ;
// 
//         private int cost;
// 
//         private Integer result;
// 
//         Co_unlimitedCompareMachine(CharSequence left, CharSequence right) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.left = left;
//             this.right = right;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (left == null || right == null) {
//                             throw new IllegalArgumentException("CharSequences must not be null");
//                         }
//                         n = left.length();
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc665.java:18  yield_()
//                         resumedFromSlice();
//                         m = right.length();
//                         if (!(n == 0)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             left = null;
//                             right = null;
//                             p = null;
//                             result = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc665.java:21  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (m));
//                         return;
//                     }
//                     case 3: { // after if
//                         if (m == 0) {
//                             result = (int) (n);
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (!(n > m)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         CharSequence tmp = left;
//                         left = right;
//                         right = tmp;
//                         n = m;
//                         if (yieldSlice(4)) {
//                             result = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc665.java:33  yield_()
//                         resumedFromSlice();
//                         m = right.length();
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // after if
//                         if (yieldSlice(6)) {
//                             result = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc665.java:36  yield_()
//                         resumedFromSlice();
//                         p = new int[n + 1];
//                         if (yieldSlice(7)) {
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc665.java:40  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(8)) {
//                             result = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc665.java:44  yield_()
//                         resumedFromSlice();
//                         for (i = 0; i <= n; i++) {
//                             p[i] = i;
//                         }
//                         j = 1
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for j <= m
//                         if (!(j <= m)) {
//                             label = 16;
//                             continue dispatch;
//                         }
//                         upperLeft = p[0];
//                         rightJ = right.charAt(j - 1);
//                         p[0] = j;
//                         i = 1
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for i <= n
//                         if (!(i <= n)) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             result = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc665.java:57  yield_()
//                         resumedFromSlice();
//                         upper = p[i];
//                         cost = left.charAt(i - 1) == rightJ ? 0 : 1;
//                         if (yieldSlice(12)) {
//                             result = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc665.java:60  yield_()
//                         resumedFromSlice();
//                         p[i] = Math.min(Math.min(p[i - 1] + 1, p[i] + 1), upperLeft + cost);
//                         upperLeft = upper;
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // for update
//                         i++;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 14: { // after for
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // for update
//                         j++;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 16: { // after for
//                         if (yieldSlice(17)) {
//                             left = null;
//                             right = null;
//                             result = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc665.java:65  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (p[n]));
//                         return;
//                     }
//                     case 18: { // return done(...)
//                         returnWith(result);
//                         return;
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
// 
//         @Override
//         protected void clearFields() {
//             left = null;
//             right = null;
//             p = null;
//             result = null;
//         }
//     }
// }
// 

package org.apache.commons.text.similarity;
import static kaa.Async.*;
import org.apache.commons.text.similarity.LevenshteinDistance.*;
import static org.apache.commons.text.similarity.LevenshteinDistance.*;
abstract class Kc665 {
    @kaa.Coroutine
    static kaa.InProgress<Integer> co_unlimitedCompare(CharSequence left, CharSequence right) {
        if (left == null || right == null) {
            throw new IllegalArgumentException("CharSequences must not be null");
        }

        /*
           This implementation use two variable to record the previous cost counts,
           So this implementation use less memory than previous impl.
         */

        int n = left.length(); // length of left
        yield_(); int m = right.length(); // length of right

        if (n == 0) {
            yield_(); return done((int) (m));
        }
        if (m == 0) {
            return done((int) (n));
        }

        if (n > m) {
            // swap the input strings to consume less memory
            final CharSequence tmp = left;
            left = right;
            right = tmp;
            n = m;
            yield_(); m = right.length();
        }

        yield_(); final int[] p = new int[n + 1];

        // indexes into strings left and right
        int i; // iterates through left
        yield_(); int j; // iterates through right
        int upperLeft;
        int upper;

        yield_(); char rightJ; // jth character of right
        int cost; // cost

        for (i = 0; i <= n; i++) {
            p[i] = i;
        }

        for (j = 1; j <= m; j++) {
            upperLeft = p[0];
            rightJ = right.charAt(j - 1);
            p[0] = j;

            for (i = 1; i <= n; i++) {
                yield_(); upper = p[i];
                cost = left.charAt(i - 1) == rightJ ? 0 : 1;
                // minimum of cell to the left+1, to the top+1, diagonally left and up +cost
                yield_(); p[i] = Math.min(Math.min(p[i - 1] + 1, p[i] + 1), upperLeft + cost);
                upperLeft = upper;
            }
        }

        yield_(); return done((int) (p[n]));
    }
}
