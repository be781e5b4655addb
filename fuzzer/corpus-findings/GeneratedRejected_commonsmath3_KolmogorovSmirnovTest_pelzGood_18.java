// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/stat/inference/KolmogorovSmirnovTest.java:KolmogorovSmirnovTest.pelzGood#18 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_KolmogorovSmirnovTest_pelzGood_18.java
//
// ERROR Kc3933_Coroutines.java:202: ';' expected
// ERROR Kc3933_Coroutines.java:288: ';' expected
// ERROR Kc3933_Coroutines.java:328: ';' expected
// ERROR Kc3933_Coroutines.java:418: ';' expected
// 
// generated source:
// package org.apache.commons.math3.stat.inference;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.math3.exception.TooManyIterationsException;
// import org.apache.commons.math3.util.FastMath;
// import org.apache.commons.math3.util.MathUtils;
// 
// /**
//  * The coroutines of {@link Kc3933}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc3933_Coroutines extends Kc3933 {
//     Kc3933_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Double> co_pelzGood(double d, int n) {
//         return new Co_pelzGoodMachine(this, d, n).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc3933#co_pelzGood(double, int)}.
//      */
//     private static final class Co_pelzGoodMachine extends CoroutineMachine<Double> {
//         private final Kc3933_Coroutines self;
// 
//         private double d;
// 
//         private int n;
// 
//         private double sqrtN;
// 
//         private double z;
// 
//         private double z2;
// 
//         private double z4;
// 
//         private double z6;
// 
//         private double z8;
// 
//         private double ret;
// 
//         private double sum;
// 
//         private double increment;
// 
//         private double kTerm;
// 
//         private double z2Term;
// 
//         private int k;
// 
//         private double twoZ2;
// 
//         private double kTerm2;
// 
//         private double sqrtHalfPi;
// 
//         private double z4Term;
// 
//         private double z6Term;
// 
//         private double pi4;
// 
//         private double sum2;
// 
//         private double pi6;
// 
//         private double kTerm4;
// 
//         Co_pelzGoodMachine(Kc3933_Coroutines self, double d, int n) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.d = d;
//             this.n = n;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         sqrtN = FastMath.sqrt(n);
//                         z = d * sqrtN;
//                         z2 = d * d * n;
//                         z4 = z2 * z2;
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc3933.java:44  yield_()
//                         resumedFromSlice();
//                         z6 = z4 * z2;
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc3933.java:45  yield_()
//                         resumedFromSlice();
//                         z8 = z4 * z4;
//                         ret = 0;
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc3933.java:51  yield_()
//                         resumedFromSlice();
//                         sum = 0;
//                         increment = 0;
//                         kTerm = 0;
//                         z2Term = MathUtils.PI_SQUARED / (8 * z2);
//                         k = 1;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for k < MAXIMUM_PARTIAL_SUM_COUNT
//                         if (!(k < Kc3933.MAXIMUM_PARTIAL_SUM_COUNT)) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc3933.java:57  yield_()
//                         resumedFromSlice();
//                         kTerm = 2 * k - 1;
//                         increment = FastMath.exp(-z2Term * kTerm * kTerm);
//                         sum += increment;
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc3933.java:60  yield_()
//                         resumedFromSlice();
//                         if (increment <= Kc3933.PG_SUM_RELATIVE_ERROR * sum) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // for update
//                         k++;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 8: { // after for
//                         if (!(k == Kc3933.MAXIMUM_PARTIAL_SUM_COUNT)) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc3933.java:65  yield_()
//                         resumedFromSlice();
//                         throw new TooManyIterationsException(Kc3933.MAXIMUM_PARTIAL_SUM_COUNT);
//                     }
//                     case 10: { // after if
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc3933.java:67  yield_()
//                         resumedFromSlice();
//                         ret = sum * FastMath.sqrt(2 * FastMath.PI) / z;
//                         twoZ2 = 2 * z2;
//                         sum = 0;
//                         kTerm = 0;
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc3933.java:75  yield_()
//                         resumedFromSlice();
//                         kTerm2 = 0;
//                         k = 0
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // for k < MAXIMUM_PARTIAL_SUM_COUNT
//                         if (!(k < Kc3933.MAXIMUM_PARTIAL_SUM_COUNT)) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         kTerm = k + 0.5;
//                         kTerm2 = kTerm * kTerm;
//                         increment = (MathUtils.PI_SQUARED * kTerm2 - z2) * FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc3933.java:80  yield_()
//                         resumedFromSlice();
//                         sum += increment;
//                         if (yieldSlice(15)) {
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc3933.java:81  yield_()
//                         resumedFromSlice();
//                         if (FastMath.abs(increment) < Kc3933.PG_SUM_RELATIVE_ERROR * FastMath.abs(sum)) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // for update
//                         k++;
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 17: { // after for
//                         if (k == Kc3933.MAXIMUM_PARTIAL_SUM_COUNT) {
//                             throw new TooManyIterationsException(Kc3933.MAXIMUM_PARTIAL_SUM_COUNT);
//                         }
//                         sqrtHalfPi = FastMath.sqrt(FastMath.PI / 2);
//                         if (yieldSlice(18)) {
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc3933.java:90  yield_()
//                         resumedFromSlice();
//                         ret += sum * sqrtHalfPi / (3 * z4 * sqrtN);
//                         if (yieldSlice(19)) {
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc3933.java:94  yield_()
//                         resumedFromSlice();
//                         z4Term = 2 * z4;
//                         z6Term = 6 * z6;
//                         z2Term = 5 * z2;
//                         if (yieldSlice(20)) {
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc3933.java:97  yield_()
//                         resumedFromSlice();
//                         pi4 = MathUtils.PI_SQUARED * MathUtils.PI_SQUARED;
//                         sum = 0;
//                         kTerm = 0;
//                         kTerm2 = 0;
//                         if (yieldSlice(21)) {
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc3933.java:101  yield_()
//                         resumedFromSlice();
//                         k = 0
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // for k < MAXIMUM_PARTIAL_SUM_COUNT
//                         if (!(k < Kc3933.MAXIMUM_PARTIAL_SUM_COUNT)) {
//                             label = 25;
//                             continue dispatch;
//                         }
//                         kTerm = k + 0.5;
//                         kTerm2 = kTerm * kTerm;
//                         increment =  (z6Term + z4Term + MathUtils.PI_SQUARED * (z4Term - z2Term) * kTerm2 +
//                                 pi4 * (1 - twoZ2) * kTerm2 * kTerm2) * FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
//                         if (yieldSlice(23)) {
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc3933.java:106  yield_()
//                         resumedFromSlice();
//                         sum += increment;
//                         if (FastMath.abs(increment) < Kc3933.PG_SUM_RELATIVE_ERROR * FastMath.abs(sum)) {
//                             label = 25;
//                             continue dispatch;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // for update
//                         k++;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 25: { // after for
//                         if (k == Kc3933.MAXIMUM_PARTIAL_SUM_COUNT) {
//                             throw new TooManyIterationsException(Kc3933.MAXIMUM_PARTIAL_SUM_COUNT);
//                         }
//                         sum2 = 0;
//                         kTerm2 = 0;
//                         k = 1
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // for k < MAXIMUM_PARTIAL_SUM_COUNT
//                         if (!(k < Kc3933.MAXIMUM_PARTIAL_SUM_COUNT)) {
//                             label = 30;
//                             continue dispatch;
//                         }
//                         kTerm2 = k * k;
//                         increment = MathUtils.PI_SQUARED * kTerm2 * FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
//                         sum2 += increment;
//                         if (!(FastMath.abs(increment) < Kc3933.PG_SUM_RELATIVE_ERROR * FastMath.abs(sum2))) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(27)) {
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc3933.java:121  yield_()
//                         resumedFromSlice();
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 28: { // after if
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // for update
//                         k++;
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 30: { // after for
//                         if (!(k == Kc3933.MAXIMUM_PARTIAL_SUM_COUNT)) {
//                             label = 32;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(31)) {
//                             return;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // Kc3933.java:125  yield_()
//                         resumedFromSlice();
//                         throw new TooManyIterationsException(Kc3933.MAXIMUM_PARTIAL_SUM_COUNT);
//                     }
//                     case 32: { // after if
//                         ret += (sqrtHalfPi / n) * (sum / (36 * z2 * z2 * z2 * z) - sum2 / (18 * z2 * z));
//                         pi6 = pi4 * MathUtils.PI_SQUARED;
//                         sum = 0;
//                         if (yieldSlice(33)) {
//                             return;
//                         }
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // Kc3933.java:134  yield_()
//                         resumedFromSlice();
//                         kTerm4 = 0;
//                         double kTerm6 = 0;
//                         for (k = 0; k < Kc3933.MAXIMUM_PARTIAL_SUM_COUNT; k++) {
//                             kTerm = k + 0.5;
//                             kTerm2 = kTerm * kTerm;
//                             kTerm4 = kTerm2 * kTerm2;
//                             kTerm6 = kTerm4 * kTerm2;
//                             increment = (pi6 * kTerm6 * (5 - 30 * z2) + pi4 * kTerm4 * (-60 * z2 + 212 * z4) +
//                                             MathUtils.PI_SQUARED * kTerm2 * (135 * z4 - 96 * z6) - 30 * z6 - 90 * z8) *
//                                     FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
//                             sum += increment;
//                             if (FastMath.abs(increment) < Kc3933.PG_SUM_RELATIVE_ERROR * FastMath.abs(sum)) {
//                                 break;
//                             }
//                         }
//                         if (k == Kc3933.MAXIMUM_PARTIAL_SUM_COUNT) {
//                             throw new TooManyIterationsException(Kc3933.MAXIMUM_PARTIAL_SUM_COUNT);
//                         }
//                         if (yieldSlice(34)) {
//                             return;
//                         }
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // Kc3933.java:152  yield_()
//                         resumedFromSlice();
//                         sum2 = 0;
//                         k = 1
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 35: { // for k < MAXIMUM_PARTIAL_SUM_COUNT
//                         if (!(k < Kc3933.MAXIMUM_PARTIAL_SUM_COUNT)) {
//                             label = 38;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(36)) {
//                             return;
//                         }
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // Kc3933.java:154  yield_()
//                         resumedFromSlice();
//                         kTerm2 = k * k;
//                         kTerm4 = kTerm2 * kTerm2;
//                         increment = (-pi4 * kTerm4 + 3 * MathUtils.PI_SQUARED * kTerm2 * z2) *
//                                 FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
//                         sum2 += increment;
//                         if (FastMath.abs(increment) < Kc3933.PG_SUM_RELATIVE_ERROR * FastMath.abs(sum2)) {
//                             label = 38;
//                             continue dispatch;
//                         }
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // for update
//                         k++;
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 38: { // after for
//                         if (k == Kc3933.MAXIMUM_PARTIAL_SUM_COUNT) {
//                             throw new TooManyIterationsException(Kc3933.MAXIMUM_PARTIAL_SUM_COUNT);
//                         }
//                         returnWith((double) (ret + (sqrtHalfPi / (sqrtN * n)) * (sum / (3240 * z6 * z4) +
//                                 + sum2 / (108 * z6))));
//                         return;
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
//     }
// }
// 

package org.apache.commons.math3.stat.inference;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.util.FastMath;
import org.apache.commons.math3.util.MathUtils;
import static kaa.Async.*;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest.*;
import static org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest.*;
abstract class Kc3933 extends org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest {
    static final int MAXIMUM_PARTIAL_SUM_COUNT = 100000;
    static final double PG_SUM_RELATIVE_ERROR = 1.0e-10;
    static double n(int i, int j, int m, int n, long cnm, boolean strict) {
        /*
         * Unwind the recursive definition given in [4].
         * Compute n(1,1), n(1,2)...n(2,1), n(2,2)... up to n(i,j), one row at a time.
         * When n(i,*) are being computed, lag[] holds the values of n(i - 1, *).
         */
        final double[] lag = new double[n];
        double last = 0;
        for (int k = 0; k < n; k++) {
            lag[k] = c(0, k + 1, m, n, cnm, strict);
        }
        for (int k = 1; k <= i; k++) {
            last = c(k, 0, m, n, cnm, strict);
            for (int l = 1; l <= j; l++) {
                lag[l - 1] = c(k, l, m, n, cnm, strict) * (last + lag[l - 1]);
                last = lag[l - 1];
            }
        }
        return last;
    }
    static int c(int i, int j, int m, int n, long cmn, boolean strict) {
        if (strict) {
            return FastMath.abs(i*(long)n - j*(long)m) <= cmn ? 1 : 0;
        }
        return FastMath.abs(i*(long)n - j*(long)m) < cmn ? 1 : 0;
    }
    @kaa.Coroutine
    kaa.InProgress<Double> co_pelzGood(double d, int n) {
        // Change the variable since approximation is for the distribution evaluated at d / sqrt(n)
        final double sqrtN = FastMath.sqrt(n);
        final double z = d * sqrtN;
        final double z2 = d * d * n;
        final double z4 = z2 * z2;
        yield_(); final double z6 = z4 * z2;
        yield_(); final double z8 = z4 * z4;

        // Eventual return value
        double ret = 0;

        // Compute K_0(z)
        yield_(); double sum = 0;
        double increment = 0;
        double kTerm = 0;
        double z2Term = MathUtils.PI_SQUARED / (8 * z2);
        int k = 1;
        for (; k < MAXIMUM_PARTIAL_SUM_COUNT; k++) {
            yield_(); kTerm = 2 * k - 1;
            increment = FastMath.exp(-z2Term * kTerm * kTerm);
            sum += increment;
            yield_(); if (increment <= PG_SUM_RELATIVE_ERROR * sum) {
                break;
            }
        }
        if (k == MAXIMUM_PARTIAL_SUM_COUNT) {
            yield_(); throw new TooManyIterationsException(MAXIMUM_PARTIAL_SUM_COUNT);
        }
        yield_(); ret = sum * FastMath.sqrt(2 * FastMath.PI) / z;

        // K_1(z)
        // Sum is -inf to inf, but k term is always (k + 1/2) ^ 2, so really have
        // twice the sum from k = 0 to inf (k = -1 is same as 0, -2 same as 1, ...)
        final double twoZ2 = 2 * z2;
        sum = 0;
        kTerm = 0;
        yield_(); double kTerm2 = 0;
        for (k = 0; k < MAXIMUM_PARTIAL_SUM_COUNT; k++) {
            kTerm = k + 0.5;
            kTerm2 = kTerm * kTerm;
            increment = (MathUtils.PI_SQUARED * kTerm2 - z2) * FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
            yield_(); sum += increment;
            yield_(); if (FastMath.abs(increment) < PG_SUM_RELATIVE_ERROR * FastMath.abs(sum)) {
                break;
            }
        }
        if (k == MAXIMUM_PARTIAL_SUM_COUNT) {
            throw new TooManyIterationsException(MAXIMUM_PARTIAL_SUM_COUNT);
        }
        final double sqrtHalfPi = FastMath.sqrt(FastMath.PI / 2);
        // Instead of doubling sum, divide by 3 instead of 6
        yield_(); ret += sum * sqrtHalfPi / (3 * z4 * sqrtN);

        // K_2(z)
        // Same drill as K_1, but with two doubly infinite sums, all k terms are even powers.
        yield_(); final double z4Term = 2 * z4;
        final double z6Term = 6 * z6;
        z2Term = 5 * z2;
        yield_(); final double pi4 = MathUtils.PI_SQUARED * MathUtils.PI_SQUARED;
        sum = 0;
        kTerm = 0;
        kTerm2 = 0;
        yield_(); for (k = 0; k < MAXIMUM_PARTIAL_SUM_COUNT; k++) {
            kTerm = k + 0.5;
            kTerm2 = kTerm * kTerm;
            increment =  (z6Term + z4Term + MathUtils.PI_SQUARED * (z4Term - z2Term) * kTerm2 +
                    pi4 * (1 - twoZ2) * kTerm2 * kTerm2) * FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
            yield_(); sum += increment;
            if (FastMath.abs(increment) < PG_SUM_RELATIVE_ERROR * FastMath.abs(sum)) {
                break;
            }
        }
        if (k == MAXIMUM_PARTIAL_SUM_COUNT) {
            throw new TooManyIterationsException(MAXIMUM_PARTIAL_SUM_COUNT);
        }
        double sum2 = 0;
        kTerm2 = 0;
        for (k = 1; k < MAXIMUM_PARTIAL_SUM_COUNT; k++) {
            kTerm2 = k * k;
            increment = MathUtils.PI_SQUARED * kTerm2 * FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
            sum2 += increment;
            if (FastMath.abs(increment) < PG_SUM_RELATIVE_ERROR * FastMath.abs(sum2)) {
                yield_(); break;
            }
        }
        if (k == MAXIMUM_PARTIAL_SUM_COUNT) {
            yield_(); throw new TooManyIterationsException(MAXIMUM_PARTIAL_SUM_COUNT);
        }
        // Again, adjust coefficients instead of doubling sum, sum2
        ret += (sqrtHalfPi / n) * (sum / (36 * z2 * z2 * z2 * z) - sum2 / (18 * z2 * z));

        // K_3(z) One more time with feeling - two doubly infinite sums, all k powers even.
        // Multiply coefficient denominators by 2, so omit doubling sums.
        final double pi6 = pi4 * MathUtils.PI_SQUARED;
        sum = 0;
        yield_(); double kTerm4 = 0;
        double kTerm6 = 0;
        for (k = 0; k < MAXIMUM_PARTIAL_SUM_COUNT; k++) {
            kTerm = k + 0.5;
            kTerm2 = kTerm * kTerm;
            kTerm4 = kTerm2 * kTerm2;
            kTerm6 = kTerm4 * kTerm2;
            increment = (pi6 * kTerm6 * (5 - 30 * z2) + pi4 * kTerm4 * (-60 * z2 + 212 * z4) +
                            MathUtils.PI_SQUARED * kTerm2 * (135 * z4 - 96 * z6) - 30 * z6 - 90 * z8) *
                    FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
            sum += increment;
            if (FastMath.abs(increment) < PG_SUM_RELATIVE_ERROR * FastMath.abs(sum)) {
                break;
            }
        }
        if (k == MAXIMUM_PARTIAL_SUM_COUNT) {
            throw new TooManyIterationsException(MAXIMUM_PARTIAL_SUM_COUNT);
        }
        yield_(); sum2 = 0;
        for (k = 1; k < MAXIMUM_PARTIAL_SUM_COUNT; k++) {
            yield_(); kTerm2 = k * k;
            kTerm4 = kTerm2 * kTerm2;
            increment = (-pi4 * kTerm4 + 3 * MathUtils.PI_SQUARED * kTerm2 * z2) *
                    FastMath.exp(-MathUtils.PI_SQUARED * kTerm2 / twoZ2);
            sum2 += increment;
            if (FastMath.abs(increment) < PG_SUM_RELATIVE_ERROR * FastMath.abs(sum2)) {
                break;
            }
        }
        if (k == MAXIMUM_PARTIAL_SUM_COUNT) {
            throw new TooManyIterationsException(MAXIMUM_PARTIAL_SUM_COUNT);
        }
        return done((double) (ret + (sqrtHalfPi / (sqrtN * n)) * (sum / (3240 * z6 * z4) +
                + sum2 / (108 * z6))));

    }
}
