// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/analysis/interpolation/BicubicInterpolator.java:BicubicInterpolator.interpolate#1 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_BicubicInterpolator_interpolate_1.java
//
// ERROR Kc4320_Coroutines.java:400: ')' expected
// ERROR Kc4320_Coroutines.java:402: illegal start of expression
// ERROR Kc4320_Coroutines.java:402: ';' expected
// ERROR Kc4320_Coroutines.java:403: illegal start of expression
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:403: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:404: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:405: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:406: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:406: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:406: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:406: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:406: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:406: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:406: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:407: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:408: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:408: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:408: case, default, or '}' expected
// ERROR Kc4320_Coroutines.java:409: 'else' without 'if'
// ERROR Kc4320_Coroutines.java:413: illegal start of type
// ERROR Kc4320_Coroutines.java:414: illegal start of type
// ERROR Kc4320_Coroutines.java:416: illegal start of type
// ERROR Kc4320_Coroutines.java:417: invalid method declaration; return type required
// ERROR Kc4320_Coroutines.java:417: illegal start of type
// ERROR Kc4320_Coroutines.java:419: class, interface, enum, or record expected
// ERROR Kc4320_Coroutines.java:423: class, interface, enum, or record expected
// ERROR Kc4320_Coroutines.java:425: class, interface, enum, or record expected
// ERROR Kc4320_Coroutines.java:426: class, interface, enum, or record expected
// ERROR Kc4320_Coroutines.java:427: class, interface, enum, or record expected
// ERROR Kc4320_Coroutines.java:428: class, interface, enum, or record expected
// ERROR Kc4320_Coroutines.java:429: class, interface, enum, or record expected
// ERROR Kc4320_Coroutines.java:430: class, interface, enum, or record expected
// 
// generated source:
// package org.apache.commons.math3.analysis.interpolation;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.math3.exception.DimensionMismatchException;
// import org.apache.commons.math3.exception.NoDataException;
// import org.apache.commons.math3.exception.NonMonotonicSequenceException;
// import org.apache.commons.math3.exception.NumberIsTooSmallException;
// import org.apache.commons.math3.util.MathArrays;
// 
// /**
//  * The coroutines of {@link Kc4320}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc4320_Coroutines extends Kc4320 {
//     Kc4320_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<BicubicInterpolatingFunction> co_interpolate(double[] xval, double[] yval,
//             double[][] fval) throws NoDataException, DimensionMismatchException,
//             NonMonotonicSequenceException, NumberIsTooSmallException {
//         return new Co_interpolateMachine(this, xval, yval, fval).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc4320#co_interpolate(double[], double[], double[][])}.
//      */
//     private static final class Co_interpolateMachine extends CoroutineMachine<BicubicInterpolatingFunction> {
//         private final Kc4320_Coroutines self;
// 
//         private double[] xval;
// 
//         private double[] yval;
// 
//         private double[][] fval;
// 
//         private int xLen;
// 
//         private int yLen;
// 
//         private double[][] dFdX;
// 
//         private double[][] dFdY;
// 
//         private double[][] d2FdXdY;
// 
//         private int i;
// 
//         private int nI;
// 
//         private int pI;
// 
//         private double nX;
// 
//         private double pX;
// 
//         private double deltaX;
// 
//         private int j;
// 
//         private int nJ;
// 
//         private int pJ;
// 
//         private double nY;
// 
//         private double pY;
// 
//         private double deltaY;
// 
//         private double deltaXY;
// 
//         Co_interpolateMachine(Kc4320_Coroutines self, double[] xval, double[] yval,
//                 double[][] fval) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.xval = xval;
//             this.yval = yval;
//             this.fval = fval;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc4320.java:16  yield_()
//                         resumedFromSlice();
//                         if (!(xval.length == 0 || yval.length == 0 || fval.length == 0)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             xval = null;
//                             yval = null;
//                             fval = null;
//                             dFdX = null;
//                             dFdY = null;
//                             d2FdXdY = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc4320.java:17  yield_()
//                         resumedFromSlice();
//                         throw new NoDataException();
//                     }
//                     case 3: { // after if
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc4320.java:19  yield_()
//                         resumedFromSlice();
//                         if (!(xval.length != fval.length)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             yval = null;
//                             dFdX = null;
//                             dFdY = null;
//                             d2FdXdY = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc4320.java:20  yield_()
//                         resumedFromSlice();
//                         throw new DimensionMismatchException(xval.length, fval.length);
//                     }
//                     case 6: { // after if
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc4320.java:23  yield_()
//                         resumedFromSlice();
//                         MathArrays.checkOrder(xval);
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc4320.java:24  yield_()
//                         resumedFromSlice();
//                         MathArrays.checkOrder(yval);
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc4320.java:26  yield_()
//                         resumedFromSlice();
//                         xLen = xval.length;
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc4320.java:27  yield_()
//                         resumedFromSlice();
//                         yLen = yval.length;
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc4320.java:30  yield_()
//                         resumedFromSlice();
//                         dFdX = new double[xLen][yLen];
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc4320.java:31  yield_()
//                         resumedFromSlice();
//                         dFdY = new double[xLen][yLen];
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc4320.java:32  yield_()
//                         resumedFromSlice();
//                         d2FdXdY = new double[xLen][yLen];
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc4320.java:33  yield_()
//                         resumedFromSlice();
//                         i = 1;
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // for i < xLen - 1
//                         if (!(i < xLen - 1)) {
//                             label = 35;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(16)) {
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc4320.java:34  yield_()
//                         resumedFromSlice();
//                         nI = i + 1;
//                         if (yieldSlice(17)) {
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc4320.java:35  yield_()
//                         resumedFromSlice();
//                         pI = i - 1;
//                         if (yieldSlice(18)) {
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc4320.java:37  yield_()
//                         resumedFromSlice();
//                         nX = xval[nI];
//                         if (yieldSlice(19)) {
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc4320.java:38  yield_()
//                         resumedFromSlice();
//                         pX = xval[pI];
//                         if (yieldSlice(20)) {
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc4320.java:40  yield_()
//                         resumedFromSlice();
//                         deltaX = nX - pX;
//                         if (yieldSlice(21)) {
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc4320.java:42  yield_()
//                         resumedFromSlice();
//                         j = 1;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // for j < yLen - 1
//                         if (!(j < yLen - 1)) {
//                             label = 33;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(23)) {
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc4320.java:43  yield_()
//                         resumedFromSlice();
//                         nJ = j + 1;
//                         if (yieldSlice(24)) {
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc4320.java:44  yield_()
//                         resumedFromSlice();
//                         pJ = j - 1;
//                         if (yieldSlice(25)) {
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc4320.java:46  yield_()
//                         resumedFromSlice();
//                         nY = yval[nJ];
//                         if (yieldSlice(26)) {
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc4320.java:47  yield_()
//                         resumedFromSlice();
//                         pY = yval[pJ];
//                         if (yieldSlice(27)) {
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc4320.java:49  yield_()
//                         resumedFromSlice();
//                         deltaY = nY - pY;
//                         if (yieldSlice(28)) {
//                             return;
//                         }
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // Kc4320.java:51  yield_()
//                         resumedFromSlice();
//                         dFdX[i][j] = (fval[nI][j] - fval[pI][j]) / deltaX;
//                         if (yieldSlice(29)) {
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc4320.java:52  yield_()
//                         resumedFromSlice();
//                         dFdY[i][j] = (fval[i][nJ] - fval[i][pJ]) / deltaY;
//                         if (yieldSlice(30)) {
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc4320.java:54  yield_()
//                         resumedFromSlice();
//                         deltaXY = deltaX * deltaY;
//                         if (yieldSlice(31)) {
//                             return;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // Kc4320.java:56  yield_()
//                         resumedFromSlice();
//                         d2FdXdY[i][j] = (fval[nI][nJ] - fval[nI][pJ] - fval[pI][nJ] + fval[pI][pJ]) / deltaXY;
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // for update
//                         j++;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 33: { // after for
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // for update
//                         i++;
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 35: { // after for
//                         if (yieldSlice(36)) {
//                             return;
//                         }
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // Kc4320.java:61  yield_()
//                         resumedFromSlice();
//                         final double[] xvalCaptured = xval;
//                         final double[] yvalCaptured = yval;
//                         returnWith(new BicubicInterpolatingFunction(xval, yval, fval,
//                                                                 dFdX, dFdY, d2FdXdY) x
//                             /** {@inheritDoc} */
//                             @Override
//                             public boolean isValidPoint(double x_, double y_) {
//                                 if (x_ < xvalCaptured[1] ||
//                                     x_ > xvalCaptured[xvalCaptured.length - 2] ||
//                                     y_ < yvalCaptured[1] ||
//                                     y_ > yvalCaptured[yvalCaptured.length - 2]) {
//                                     return false;
//                                 } else {
//                                     return true;
//                                 }
//                             }
//                         });
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
//             xval = null;
//             yval = null;
//             fval = null;
//             dFdX = null;
//             dFdY = null;
//             d2FdXdY = null;
//         }
//     }
// }
// 

package org.apache.commons.math3.analysis.interpolation;
import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.NoDataException;
import org.apache.commons.math3.exception.NonMonotonicSequenceException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.util.MathArrays;
import static kaa.Async.*;
import org.apache.commons.math3.analysis.interpolation.BicubicInterpolator.*;
import static org.apache.commons.math3.analysis.interpolation.BicubicInterpolator.*;
abstract class Kc4320 extends org.apache.commons.math3.analysis.interpolation.BicubicInterpolator {
    @kaa.Coroutine
    kaa.InProgress<BicubicInterpolatingFunction> co_interpolate(final double[] xval,
                                                    final double[] yval,
                                                    final double[][] fval) throws NoDataException, DimensionMismatchException,
               NonMonotonicSequenceException, NumberIsTooSmallException {
        yield_(); if (xval.length == 0 || yval.length == 0 || fval.length == 0) {
            yield_(); throw new NoDataException();
        }
        yield_(); if (xval.length != fval.length) {
            yield_(); throw new DimensionMismatchException(xval.length, fval.length);
        }

        yield_(); MathArrays.checkOrder(xval);
        yield_(); MathArrays.checkOrder(yval);

        yield_(); final int xLen = xval.length;
        yield_(); final int yLen = yval.length;

        // Approximation to the partial derivatives using finite differences.
        yield_(); final double[][] dFdX = new double[xLen][yLen];
        yield_(); final double[][] dFdY = new double[xLen][yLen];
        yield_(); final double[][] d2FdXdY = new double[xLen][yLen];
        yield_(); for (int i = 1; i < xLen - 1; i++) {
            yield_(); final int nI = i + 1;
            yield_(); final int pI = i - 1;

            yield_(); final double nX = xval[nI];
            yield_(); final double pX = xval[pI];

            yield_(); final double deltaX = nX - pX;

            yield_(); for (int j = 1; j < yLen - 1; j++) {
                yield_(); final int nJ = j + 1;
                yield_(); final int pJ = j - 1;

                yield_(); final double nY = yval[nJ];
                yield_(); final double pY = yval[pJ];

                yield_(); final double deltaY = nY - pY;

                yield_(); dFdX[i][j] = (fval[nI][j] - fval[pI][j]) / deltaX;
                yield_(); dFdY[i][j] = (fval[i][nJ] - fval[i][pJ]) / deltaY;

                yield_(); final double deltaXY = deltaX * deltaY;

                yield_(); d2FdXdY[i][j] = (fval[nI][nJ] - fval[nI][pJ] - fval[pI][nJ] + fval[pI][pJ]) / deltaXY;
            }
        }

        // Create the interpolating function.
        yield_(); return done(new BicubicInterpolatingFunction(xval, yval, fval,
                                                dFdX, dFdY, d2FdXdY) {
            /** {@inheritDoc} */
            @Override
            public boolean isValidPoint(double x, double y) {
                if (x < xval[1] ||
                    x > xval[xval.length - 2] ||
                    y < yval[1] ||
                    y > yval[yval.length - 2]) {
                    return false;
                } else {
                    return true;
                }
            }
        });
    }
}
