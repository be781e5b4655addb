// CORPUS FINDING: GENERATED_REJECTED
// method: commons-text:org/apache/commons/text/similarity/LevenshteinDetailedDistance.java:LevenshteinDetailedDistance.unlimitedCompare#4 (commons-text-1.12.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-text/1.12.0/commons-text-1.12.0.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonstext_LevenshteinDetailedDistance_unlimitedCompare_4.java
//
// ERROR Kc936_Coroutines.java:342: ';' expected
// ERROR Kc936_Coroutines.java:371: ';' expected
// ERROR Kc936_Coroutines.java:411: ';' expected
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
//  * The coroutines of {@link Kc936}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc936_Coroutines extends Kc936 {
//     Kc936_Coroutines() {
//         super();
//     }
// 
//     static InProgress<LevenshteinResults> co_unlimitedCompare(CharSequence left,
//             CharSequence right) {
//         return new Co_unlimitedCompareMachine(left, right).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc936#co_unlimitedCompare(java.lang.CharSequence, java.lang.CharSequence)}.
//      */
//     private static final class Co_unlimitedCompareMachine extends CoroutineMachine<LevenshteinResults> {
//         private CharSequence left;
// 
//         private CharSequence right;
// 
//         private int n;
// 
//         private int m;
// 
//         private boolean swapped;
// 
//         private CharSequence tmp;
// 
//         private int[] p;
// 
//         private int[] d;
// 
//         private int[] tempD;
// 
//         private int[][] matrix;
// 
//         private int index;
// 
//         private int index_;
// 
//         private int i;
// 
//         private int j;
// 
//         private char rightJ;
// 
//         private int cost;
// 
//         private int[] operand;
// 
//         private int operand_;
// 
//         private LevenshteinResults result;
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
//                         if (await(InProgress.finished(left.length()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc936.java:112  yield_(kaa.InProgress.finished(left.length()))
//                         n = this.<Integer>awaitedValue();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc936.java:113  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(right.length()), 3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc936.java:113  yield_(kaa.InProgress.finished(right.length()))
//                         m = this.<Integer>awaitedValue();
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc936.java:115  yield_()
//                         resumedFromSlice();
//                         if (!(n == 0)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             left = null;
//                             right = null;
//                             tmp = null;
//                             p = null;
//                             d = null;
//                             tempD = null;
//                             matrix = null;
//                             operand = null;
//                             result = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc936.java:116  yield_()
//                         resumedFromSlice();
//                         returnWith(new LevenshteinResults(m, m, 0, 0));
//                         return;
//                     }
//                     case 6: { // after if
//                         if (m == 0) {
//                             result = new LevenshteinResults(n, 0, n, 0);
//                             label = 48;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc936.java:121  yield_()
//                         resumedFromSlice();
//                         swapped = false;
//                         if (yieldSlice(8)) {
//                             result = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc936.java:122  yield_()
//                         resumedFromSlice();
//                         if (!(n > m)) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(9)) {
//                             result = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc936.java:124  yield_()
//                         resumedFromSlice();
//                         tmp = left;
//                         if (yieldSlice(10)) {
//                             result = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc936.java:125  yield_()
//                         resumedFromSlice();
//                         left = right;
//                         right = tmp;
//                         if (yieldSlice(11)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc936.java:127  yield_()
//                         resumedFromSlice();
//                         n = m;
//                         if (await(InProgress.finished(right.length()), 12)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc936.java:128  yield_(kaa.InProgress.finished(right.length()))
//                         m = this.<Integer>awaitedValue();
//                         if (yieldSlice(13)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc936.java:129  yield_()
//                         resumedFromSlice();
//                         swapped = true;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // after if
//                         p = new int[n + 1];
//                         d = new int[n + 1];
//                         if (yieldSlice(15)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc936.java:134  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(16)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc936.java:135  yield_()
//                         resumedFromSlice();
//                         matrix = new int[m + 1][n + 1];
//                         if (yieldSlice(17)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc936.java:138  yield_()
//                         resumedFromSlice();
//                         index = 0;
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // for index <= n
//                         if (!(index <= n)) {
//                             label = 21;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(19)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc936.java:139  yield_()
//                         resumedFromSlice();
//                         matrix[0][index] = index;
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // for update
//                         index++;
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 21: { // after for
//                         index_ = 0;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // for index <= m
//                         if (!(index_ <= m)) {
//                             label = 25;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(23)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc936.java:142  yield_()
//                         resumedFromSlice();
//                         matrix[index_][0] = index_;
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // for update
//                         index_++;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 25: { // after for
//                         if (yieldSlice(26)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc936.java:147  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(27)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc936.java:151  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(28)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // Kc936.java:152  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // for i <= n
//                         if (!(i <= n)) {
//                             label = 32;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(30)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc936.java:153  yield_()
//                         resumedFromSlice();
//                         p[i] = i;
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // for update
//                         i++;
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 32: { // after for
//                         j = 1
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // for j <= m
//                         if (!(j <= m)) {
//                             label = 45;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(34)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // Kc936.java:157  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(right.charAt(j - 1)), 35)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 35: { // Kc936.java:157  yield_(kaa.InProgress.finished(right.charAt(j - 1)))
//                         rightJ = this.<Character>awaitedValue();
//                         if (yieldSlice(36)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // Kc936.java:158  yield_()
//                         resumedFromSlice();
//                         d[0] = j;
//                         i = 1
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // for i <= n
//                         if (!(i <= n)) {
//                             label = 42;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(38)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 38: { // Kc936.java:161  yield_()
//                         resumedFromSlice();
//                         cost = left.charAt(i - 1) == rightJ ? 0 : 1;
//                         if (yieldSlice(39)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 39;
//                         continue dispatch;
//                     }
//                     case 39: { // Kc936.java:163  yield_()
//                         resumedFromSlice();
//                         operand = d;
//                         operand_ = i;
//                         if (await(InProgress.finished(Math.min(Math.min(d[i - 1] + 1, p[i] + 1), p[i - 1] + cost)), 40)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 40;
//                         continue dispatch;
//                     }
//                     case 40: { // Kc936.java:163  yield_(kaa.InProgress.finished(Math.min(Math.min(d[i - 1] + 1, p[i] + 1), p[i...
//                         operand[operand_] = this.<Integer>awaitedValue();
//                         matrix[j][i] = d[i];
//                         label = 41;
//                         continue dispatch;
//                     }
//                     case 41: { // for update
//                         i++;
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 42: { // after for
//                         tempD = p;
//                         if (yieldSlice(43)) {
//                             tmp = null;
//                             result = null;
//                             return;
//                         }
//                         label = 43;
//                         continue dispatch;
//                     }
//                     case 43: { // Kc936.java:170  yield_()
//                         resumedFromSlice();
//                         p = d;
//                         d = tempD;
//                         label = 44;
//                         continue dispatch;
//                     }
//                     case 44: { // for update
//                         j++;
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 45: { // after for
//                         if (yieldSlice(46)) {
//                             tmp = null;
//                             p = null;
//                             d = null;
//                             tempD = null;
//                             operand = null;
//                             result = null;
//                             return;
//                         }
//                         label = 46;
//                         continue dispatch;
//                     }
//                     case 46: { // Kc936.java:173  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(Kc936.findDetailedResults(left, right, matrix, swapped)), 47)) {
//                             left = null;
//                             right = null;
//                             tmp = null;
//                             p = null;
//                             d = null;
//                             tempD = null;
//                             matrix = null;
//                             operand = null;
//                             result = null;
//                             return;
//                         }
//                         label = 47;
//                         continue dispatch;
//                     }
//                     case 47: { // Kc936.java:173  yield_(kaa.InProgress.finished(findDetailedResults(left, right, matrix, swapp...
//                         returnWith(this.<LevenshteinResults>awaitedValue());
//                         return;
//                     }
//                     case 48: { // return done(...)
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
//             tmp = null;
//             p = null;
//             d = null;
//             tempD = null;
//             matrix = null;
//             operand = null;
//             result = null;
//         }
//     }
// }
// 

package org.apache.commons.text.similarity;
import static kaa.Async.*;
import org.apache.commons.text.similarity.LevenshteinDetailedDistance.*;
import static org.apache.commons.text.similarity.LevenshteinDetailedDistance.*;
abstract class Kc936 {
    static LevenshteinResults findDetailedResults(final CharSequence left,
                                                          final CharSequence right,
                                                          final int[][] matrix,
                                                          final boolean swapped) {

        int delCount = 0;
        int addCount = 0;
        int subCount = 0;

        int rowIndex = right.length();
        int columnIndex = left.length();

        int dataAtLeft = 0;
        int dataAtTop = 0;
        int dataAtDiagonal = 0;
        int data = 0;
        boolean deleted = false;
        boolean added = false;

        while (rowIndex >= 0 && columnIndex >= 0) {

            if (columnIndex == 0) {
                dataAtLeft = -1;
            } else {
                dataAtLeft = matrix[rowIndex][columnIndex - 1];
            }
            if (rowIndex == 0) {
                dataAtTop = -1;
            } else {
                dataAtTop = matrix[rowIndex - 1][columnIndex];
            }
            if (rowIndex > 0 && columnIndex > 0) {
                dataAtDiagonal = matrix[rowIndex - 1][columnIndex - 1];
            } else {
                dataAtDiagonal = -1;
            }
            if (dataAtLeft == -1 && dataAtTop == -1 && dataAtDiagonal == -1) {
                break;
            }
            data = matrix[rowIndex][columnIndex];

            // case in which the character at left and right are the same,
            // in this case none of the counters will be incremented.
            if (columnIndex > 0 && rowIndex > 0 && left.charAt(columnIndex - 1) == right.charAt(rowIndex - 1)) {
                columnIndex--;
                rowIndex--;
                continue;
            }

            // handling insert and delete cases.
            deleted = false;
            added = false;
            if (data - 1 == dataAtLeft && data <= dataAtDiagonal && data <= dataAtTop
                    || dataAtDiagonal == -1 && dataAtTop == -1) { // NOPMD
                columnIndex--;
                if (swapped) {
                    addCount++;
                    added = true;
                } else {
                    delCount++;
                    deleted = true;
                }
            } else if (data - 1 == dataAtTop && data <= dataAtDiagonal && data <= dataAtLeft
                    || dataAtDiagonal == -1 && dataAtLeft == -1) { // NOPMD
                rowIndex--;
                if (swapped) {
                    delCount++;
                    deleted = true;
                } else {
                    addCount++;
                    added = true;
                }
            }

            // substituted case
            if (!added && !deleted) {
                subCount++;
                columnIndex--;
                rowIndex--;
            }
        }
        return new LevenshteinResults(addCount + delCount + subCount, addCount, delCount, subCount);
    }
    @kaa.Coroutine
    static kaa.InProgress<LevenshteinResults> co_unlimitedCompare(CharSequence left, CharSequence right) {
        if (left == null || right == null) {
            throw new IllegalArgumentException("CharSequences must not be null");
        }

        /*
           The difference between this impl. and the previous is that, rather
           than creating and retaining a matrix of size s.length() + 1 by t.length() + 1,
           we maintain two single-dimensional arrays of length s.length() + 1.  The first, d,
           is the 'current working' distance array that maintains the newest distance cost
           counts as we iterate through the characters of String s.  Each time we increment
           the index of String t we are comparing, d is copied to p, the second int[].  Doing so
           allows us to retain the previous cost counts as required by the algorithm (taking
           the minimum of the cost count to the left, up one, and diagonally up and to the left
           of the current cost count being calculated).  (Note that the arrays aren't really
           copied anymore, just switched...this is clearly much better than cloning an array
           or doing a System.arraycopy() each time  through the outer loop.)

           Effectively, the difference between the two implementations is this one does not
           cause an out of memory condition when calculating the LD over two very large strings.
         */

        int n = yield_(kaa.InProgress.finished(left.length())); // length of left
        yield_(); int m = yield_(kaa.InProgress.finished(right.length())); // length of right

        yield_(); if (n == 0) {
            yield_(); return done(new LevenshteinResults(m, m, 0, 0));
        }
        if (m == 0) {
            return done(new LevenshteinResults(n, 0, n, 0));
        }
        yield_(); boolean swapped = false;
        yield_(); if (n > m) {
            // swap the input strings to consume less memory
            yield_(); final CharSequence tmp = left;
            yield_(); left = right;
            right = tmp;
            yield_(); n = m;
            m = yield_(kaa.InProgress.finished(right.length()));
            yield_(); swapped = true;
        }

        int[] p = new int[n + 1]; // 'previous' cost array, horizontally
        int[] d = new int[n + 1]; // cost array, horizontally
        yield_(); int[] tempD; //placeholder to assist in swapping p and d
        yield_(); final int[][] matrix = new int[m + 1][n + 1];

        // filling the first row and first column values in the matrix
        yield_(); for (int index = 0; index <= n; index++) {
            yield_(); matrix[0][index] = index;
        }
        for (int index = 0; index <= m; index++) {
            yield_(); matrix[index][0] = index;
        }

        // indexes into strings left and right
        int i; // iterates through left
        yield_(); int j; // iterates through right

        char rightJ; // jth character of right

        yield_(); int cost; // cost
        yield_(); for (i = 0; i <= n; i++) {
            yield_(); p[i] = i;
        }

        for (j = 1; j <= m; j++) {
            yield_(); rightJ = yield_(kaa.InProgress.finished(right.charAt(j - 1)));
            yield_(); d[0] = j;

            for (i = 1; i <= n; i++) {
                yield_(); cost = left.charAt(i - 1) == rightJ ? 0 : 1;
                // minimum of cell to the left+1, to the top+1, diagonally left and up +cost
                yield_(); d[i] = yield_(kaa.InProgress.finished(Math.min(Math.min(d[i - 1] + 1, p[i] + 1), p[i - 1] + cost)));
                //filling the matrix
                matrix[j][i] = d[i];
            }

            // copy current distance counts to 'previous row' distance counts
            tempD = p;
            yield_(); p = d;
            d = tempD;
        }
        yield_(); return done(yield_(kaa.InProgress.finished(findDetailedResults(left, right, matrix, swapped))));
    }
}
