// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/StringUtils.java:StringUtils.getLevenshteinDistance#60 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_StringUtils_getLevenshteinDistance_60.java
//
// ERROR Kc1508_Coroutines.java:148: ';' expected
// ERROR Kc1508_Coroutines.java:185: ';' expected
// ERROR Kc1508_Coroutines.java:224: ';' expected
// 
// generated source:
// package org.apache.commons.lang3;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc1508}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1508_Coroutines extends Kc1508 {
//     Kc1508_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Integer> co_getLevenshteinDistance(CharSequence s, CharSequence t) {
//         return new Co_getLevenshteinDistanceMachine(s, t).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1508#co_getLevenshteinDistance(java.lang.CharSequence, java.lang.CharSequence)}.
//      */
//     private static final class Co_getLevenshteinDistanceMachine extends CoroutineMachine<Integer> {
//         private CharSequence s;
// 
//         private CharSequence t;
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
//         private int upperleft;
// 
//         private int upper;
// 
//         private char jOfT;
// 
//         private int cost;
// 
//         private Integer result;
// 
//         Co_getLevenshteinDistanceMachine(CharSequence s, CharSequence t) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.s = s;
//             this.t = t;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (s == null || t == null) {
//                             throw new IllegalArgumentException("Strings must not be null");
//                         }
//                         n = s.length();
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc1508.java:80  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(t.length()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc1508.java:80  yield_(kaa.InProgress.finished(t.length()))
//                         m = this.<Integer>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc1508.java:82  yield_()
//                         resumedFromSlice();
//                         if (n == 0) {
//                             result = (int) (m);
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc1508.java:85  yield_()
//                         resumedFromSlice();
//                         if (m == 0) {
//                             result = (int) (n);
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (!(n > m)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         CharSequence tmp = s;
//                         s = t;
//                         t = tmp;
//                         n = m;
//                         if (yieldSlice(5)) {
//                             result = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc1508.java:95  yield_()
//                         resumedFromSlice();
//                         m = t.length();
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // after if
//                         if (yieldSlice(7)) {
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc1508.java:98  yield_()
//                         resumedFromSlice();
//                         p = new int[n + 1];
//                         if (yieldSlice(8)) {
//                             result = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc1508.java:106  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for i <= n
//                         if (!(i <= n)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             result = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc1508.java:109  yield_()
//                         resumedFromSlice();
//                         p[i] = i;
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // for update
//                         i++;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 12: { // after for
//                         if (yieldSlice(13)) {
//                             result = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc1508.java:112  yield_()
//                         resumedFromSlice();
//                         j = 1
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for j <= m
//                         if (!(j <= m)) {
//                             label = 26;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(15)) {
//                             result = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc1508.java:113  yield_()
//                         resumedFromSlice();
//                         upperleft = p[0];
//                         if (yieldSlice(16)) {
//                             result = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc1508.java:114  yield_()
//                         resumedFromSlice();
//                         jOfT = t.charAt(j - 1);
//                         p[0] = j;
//                         if (yieldSlice(17)) {
//                             result = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc1508.java:117  yield_()
//                         resumedFromSlice();
//                         i = 1
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // for i <= n
//                         if (!(i <= n)) {
//                             label = 24;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(19)) {
//                             result = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc1508.java:118  yield_()
//                         resumedFromSlice();
//                         upper = p[i];
//                         if (yieldSlice(20)) {
//                             result = null;
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc1508.java:119  yield_()
//                         resumedFromSlice();
//                         cost = s.charAt(i - 1) == jOfT ? 0 : 1;
//                         if (yieldSlice(21)) {
//                             result = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc1508.java:121  yield_()
//                         resumedFromSlice();
//                         p[i] = Math.min(Math.min(p[i - 1] + 1, p[i] + 1), upperleft + cost);
//                         if (yieldSlice(22)) {
//                             result = null;
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc1508.java:122  yield_()
//                         resumedFromSlice();
//                         upperleft = upper;
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // for update
//                         i++;
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 24: { // after for
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // for update
//                         j++;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 26: { // after for
//                         if (yieldSlice(27)) {
//                             s = null;
//                             t = null;
//                             result = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc1508.java:126  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (p[n]));
//                         return;
//                     }
//                     case 28: { // return done(...)
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
//             s = null;
//             t = null;
//             p = null;
//             result = null;
//         }
//     }
// }
// 

package org.apache.commons.lang3;
import static kaa.Async.*;
import org.apache.commons.lang3.StringUtils.*;
import static org.apache.commons.lang3.StringUtils.*;
abstract class Kc1508 {
    static String left(final String str, final int len) {
        if (str == null) {
            return null;
        }
        if (len < 0) {
            return EMPTY;
        }
        if (str.length() <= len) {
            return str;
        }
        return str.substring(0, len);
    }
    static int length(final CharSequence cs) {
        return cs == null ? 0 : cs.length();
    }
    static final String EMPTY = "";
    static String substring(final String str, int start) {
        if (str == null) {
            return null;
        }

        // handle negatives, which means last n characters
        if (start < 0) {
            start = str.length() + start; // remember start is negative
        }

        if (start < 0) {
            start = 0;
        }
        if (start > str.length()) {
            return EMPTY;
        }

        return str.substring(start);
    }
    static String substring(final String str, int start, int end) {
        if (str == null) {
            return null;
        }

        // handle negatives
        if (end < 0) {
            end = str.length() + end; // remember end is negative
        }
        if (start < 0) {
            start = str.length() + start; // remember start is negative
        }

        // check length next
        if (end > str.length()) {
            end = str.length();
        }

        // if start is greater than end, return ""
        if (start > end) {
            return EMPTY;
        }

        if (start < 0) {
            start = 0;
        }
        if (end < 0) {
            end = 0;
        }

        return str.substring(start, end);
    }
    @kaa.Coroutine
    static kaa.InProgress<Integer> co_getLevenshteinDistance(CharSequence s, CharSequence t) {
        if (s == null || t == null) {
            throw new IllegalArgumentException("Strings must not be null");
        }

        int n = s.length();
        yield_(); int m = yield_(kaa.InProgress.finished(t.length()));

        yield_(); if (n == 0) {
            return done((int) (m));
        }
        yield_(); if (m == 0) {
            return done((int) (n));
        }

        if (n > m) {
            // swap the input strings to consume less memory
            final CharSequence tmp = s;
            s = t;
            t = tmp;
            n = m;
            yield_(); m = t.length();
        }

        yield_(); final int[] p = new int[n + 1];
        // indexes into strings s and t
        int i; // iterates through s
        int j; // iterates through t
        int upperleft;
        int upper;

        char jOfT; // jth character of t
        yield_(); int cost;

        for (i = 0; i <= n; i++) {
            yield_(); p[i] = i;
        }

        yield_(); for (j = 1; j <= m; j++) {
            yield_(); upperleft = p[0];
            yield_(); jOfT = t.charAt(j - 1);
            p[0] = j;

            yield_(); for (i = 1; i <= n; i++) {
                yield_(); upper = p[i];
                yield_(); cost = s.charAt(i - 1) == jOfT ? 0 : 1;
                // minimum of cell to the left+1, to the top+1, diagonally left and up +cost
                yield_(); p[i] = Math.min(Math.min(p[i - 1] + 1, p[i] + 1), upperleft + cost);
                yield_(); upperleft = upper;
            }
        }

        yield_(); return done((int) (p[n]));
    }
}
