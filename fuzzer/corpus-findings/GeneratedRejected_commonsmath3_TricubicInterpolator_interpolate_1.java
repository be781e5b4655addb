// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/analysis/interpolation/TricubicInterpolator.java:TricubicInterpolator.interpolate#1 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_TricubicInterpolator_interpolate_1.java
//
// ERROR Kc5575_Coroutines.java:313: ')' expected
// ERROR Kc5575_Coroutines.java:315: illegal start of expression
// ERROR Kc5575_Coroutines.java:315: ';' expected
// ERROR Kc5575_Coroutines.java:316: illegal start of expression
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:316: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:317: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:318: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:319: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:319: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:319: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:319: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:319: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:319: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:319: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:320: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:321: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:321: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:321: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:321: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:321: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:321: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:321: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:322: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:323: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:323: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:323: case, default, or '}' expected
// ERROR Kc5575_Coroutines.java:324: 'else' without 'if'
// ERROR Kc5575_Coroutines.java:328: illegal start of type
// ERROR Kc5575_Coroutines.java:329: illegal start of type
// ERROR Kc5575_Coroutines.java:331: illegal start of type
// ERROR Kc5575_Coroutines.java:332: invalid method declaration; return type required
// ERROR Kc5575_Coroutines.java:332: illegal start of type
// ERROR Kc5575_Coroutines.java:334: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:338: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:340: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:341: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:342: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:343: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:344: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:345: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:346: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:347: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:348: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:349: class, interface, enum, or record expected
// ERROR Kc5575_Coroutines.java:350: class, interface, enum, or record expected
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
//  * The coroutines of {@link Kc5575}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc5575_Coroutines extends Kc5575 {
//     Kc5575_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<TricubicInterpolatingFunction> co_interpolate(double[] xval, double[] yval,
//             double[] zval, double[][][] fval) throws NoDataException, NumberIsTooSmallException,
//             DimensionMismatchException, NonMonotonicSequenceException {
//         return new Co_interpolateMachine(this, xval, yval, zval, fval).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc5575#co_interpolate(double[], double[], double[], double[][][])}.
//      */
//     private static final class Co_interpolateMachine extends CoroutineMachine<TricubicInterpolatingFunction> {
//         private final Kc5575_Coroutines self;
// 
//         private double[] xval;
// 
//         private double[] yval;
// 
//         private double[] zval;
// 
//         private double[][][] fval;
// 
//         private int xLen;
// 
//         private int yLen;
// 
//         private int zLen;
// 
//         private double[][][] dFdX;
// 
//         private double[][][] dFdY;
// 
//         private double[][][] dFdZ;
// 
//         private double[][][] d2FdXdY;
// 
//         private double[][][] d2FdXdZ;
// 
//         private double[][][] d2FdYdZ;
// 
//         private double[][][] d3FdXdYdZ;
// 
//         private int i;
// 
//         private int nI;
// 
//         private int pI;
// 
//         private double nX;
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
//         private int k;
// 
//         private int nK;
// 
//         private int pK;
// 
//         private double nZ;
// 
//         Co_interpolateMachine(Kc5575_Coroutines self, double[] xval, double[] yval, double[] zval,
//                 double[][][] fval) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.xval = xval;
//             this.yval = yval;
//             this.zval = zval;
//             this.fval = fval;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (xval.length == 0 || yval.length == 0 || zval.length == 0 || fval.length == 0) {
//                             throw new NoDataException();
//                         }
//                         if (xval.length != fval.length) {
//                             throw new DimensionMismatchException(xval.length, fval.length);
//                         }
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc5575.java:24  yield_()
//                         resumedFromSlice();
//                         MathArrays.checkOrder(xval);
//                         MathArrays.checkOrder(yval);
//                         MathArrays.checkOrder(zval);
//                         xLen = xval.length;
//                         yLen = yval.length;
//                         zLen = zval.length;
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc5575.java:33  yield_()
//                         resumedFromSlice();
//                         dFdX = new double[xLen][yLen][zLen];
//                         dFdY = new double[xLen][yLen][zLen];
//                         dFdZ = new double[xLen][yLen][zLen];
//                         d2FdXdY = new double[xLen][yLen][zLen];
//                         d2FdXdZ = new double[xLen][yLen][zLen];
//                         d2FdYdZ = new double[xLen][yLen][zLen];
//                         d3FdXdYdZ = new double[xLen][yLen][zLen];
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc5575.java:41  yield_()
//                         resumedFromSlice();
//                         i = 1;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for i < xLen - 1
//                         if (!(i < xLen - 1)) {
//                             label = 20;
//                             continue dispatch;
//                         }
//                         if (yval.length != fval[i].length) {
//                             throw new DimensionMismatchException(yval.length, fval[i].length);
//                         }
//                         nI = i + 1;
//                         pI = i - 1;
//                         nX = xval[nI];
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc5575.java:50  yield_()
//                         resumedFromSlice();
//                         double pX = xval[pI];
//                         deltaX = nX - pX;
//                         j = 1;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for j < yLen - 1
//                         if (!(j < yLen - 1)) {
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc5575.java:55  yield_()
//                         resumedFromSlice();
//                         if (zval.length != fval[i][j].length) {
//                             throw new DimensionMismatchException(zval.length, fval[i][j].length);
//                         }
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc5575.java:59  yield_()
//                         resumedFromSlice();
//                         nJ = j + 1;
//                         pJ = j - 1;
//                         nY = yval[nJ];
//                         pY = yval[pJ];
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc5575.java:65  yield_()
//                         resumedFromSlice();
//                         deltaY = nY - pY;
//                         deltaXY = deltaX * deltaY;
//                         k = 1;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for k < zLen - 1
//                         if (!(k < zLen - 1)) {
//                             label = 16;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc5575.java:69  yield_()
//                         resumedFromSlice();
//                         nK = k + 1;
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc5575.java:70  yield_()
//                         resumedFromSlice();
//                         pK = k - 1;
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc5575.java:72  yield_()
//                         resumedFromSlice();
//                         nZ = zval[nK];
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc5575.java:73  yield_()
//                         resumedFromSlice();
//                         double pZ = zval[pK];
//                         double deltaZ = nZ - pZ;
//                         dFdX[i][j][k] = (fval[nI][j][k] - fval[pI][j][k]) / deltaX;
//                         dFdY[i][j][k] = (fval[i][nJ][k] - fval[i][pJ][k]) / deltaY;
//                         dFdZ[i][j][k] = (fval[i][j][nK] - fval[i][j][pK]) / deltaZ;
//                         double deltaXZ = deltaX * deltaZ;
//                         double deltaYZ = deltaY * deltaZ;
//                         d2FdXdY[i][j][k] = (fval[nI][nJ][k] - fval[nI][pJ][k] - fval[pI][nJ][k] + fval[pI][pJ][k]) / deltaXY;
//                         d2FdXdZ[i][j][k] = (fval[nI][j][nK] - fval[nI][j][pK] - fval[pI][j][nK] + fval[pI][j][pK]) / deltaXZ;
//                         d2FdYdZ[i][j][k] = (fval[i][nJ][nK] - fval[i][nJ][pK] - fval[i][pJ][nK] + fval[i][pJ][pK]) / deltaYZ;
//                         double deltaXYZ = deltaXY * deltaZ;
//                         d3FdXdYdZ[i][j][k] = (fval[nI][nJ][nK] - fval[nI][pJ][nK] -
//                                               fval[pI][nJ][nK] + fval[pI][pJ][nK] -
//                                               fval[nI][nJ][pK] + fval[nI][pJ][pK] +
//                                               fval[pI][nJ][pK] - fval[pI][pJ][pK]) / deltaXYZ;
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // for update
//                         k++;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 16: { // after for
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // for update
//                         j++;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 18: { // after for
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // for update
//                         i++;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 20: { // after for
//                         final double[] xvalCaptured = xval;
//                         final double[] yvalCaptured = yval;
//                         final double[] zvalCaptured = zval;
//                         returnWith(new TricubicInterpolatingFunction(xval, yval, zval, fval,
//                                                                  dFdX, dFdY, dFdZ,
//                                                                  d2FdXdY, d2FdXdZ, d2FdYdZ,
//                                                                  d3FdXdYdZ) x
//                             /** {@inheritDoc} */
//                             @Override
//                             public boolean isValidPoint(double x_, double y_, double z_) {
//                                 if (x_ < xvalCaptured[1] ||
//                                     x_ > xvalCaptured[xvalCaptured.length - 2] ||
//                                     y_ < yvalCaptured[1] ||
//                                     y_ > yvalCaptured[yvalCaptured.length - 2] ||
//                                     z_ < zvalCaptured[1] ||
//                                     z_ > zvalCaptured[zvalCaptured.length - 2]) {
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
//             zval = null;
//             fval = null;
//             dFdX = null;
//             dFdY = null;
//             dFdZ = null;
//             d2FdXdY = null;
//             d2FdXdZ = null;
//             d2FdYdZ = null;
//             d3FdXdYdZ = null;
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
import org.apache.commons.math3.analysis.interpolation.TricubicInterpolator.*;
import static org.apache.commons.math3.analysis.interpolation.TricubicInterpolator.*;
abstract class Kc5575 extends org.apache.commons.math3.analysis.interpolation.TricubicInterpolator {
    @kaa.Coroutine
    kaa.InProgress<TricubicInterpolatingFunction> co_interpolate(final double[] xval,
                                                     final double[] yval,
                                                     final double[] zval,
                                                     final double[][][] fval) throws NoDataException, NumberIsTooSmallException,
               DimensionMismatchException, NonMonotonicSequenceException {
        if (xval.length == 0 || yval.length == 0 || zval.length == 0 || fval.length == 0) {
            throw new NoDataException();
        }
        if (xval.length != fval.length) {
            throw new DimensionMismatchException(xval.length, fval.length);
        }

        yield_(); MathArrays.checkOrder(xval);
        MathArrays.checkOrder(yval);
        MathArrays.checkOrder(zval);

        final int xLen = xval.length;
        final int yLen = yval.length;
        final int zLen = zval.length;

        // Approximation to the partial derivatives using finite differences.
        yield_(); final double[][][] dFdX = new double[xLen][yLen][zLen];
        final double[][][] dFdY = new double[xLen][yLen][zLen];
        final double[][][] dFdZ = new double[xLen][yLen][zLen];
        final double[][][] d2FdXdY = new double[xLen][yLen][zLen];
        final double[][][] d2FdXdZ = new double[xLen][yLen][zLen];
        final double[][][] d2FdYdZ = new double[xLen][yLen][zLen];
        final double[][][] d3FdXdYdZ = new double[xLen][yLen][zLen];

        yield_(); for (int i = 1; i < xLen - 1; i++) {
            if (yval.length != fval[i].length) {
                throw new DimensionMismatchException(yval.length, fval[i].length);
            }

            final int nI = i + 1;
            final int pI = i - 1;

            final double nX = xval[nI];
            yield_(); final double pX = xval[pI];

            final double deltaX = nX - pX;

            for (int j = 1; j < yLen - 1; j++) {
                yield_(); if (zval.length != fval[i][j].length) {
                    throw new DimensionMismatchException(zval.length, fval[i][j].length);
                }

                yield_(); final int nJ = j + 1;
                final int pJ = j - 1;

                final double nY = yval[nJ];
                final double pY = yval[pJ];

                yield_(); final double deltaY = nY - pY;
                final double deltaXY = deltaX * deltaY;

                for (int k = 1; k < zLen - 1; k++) {
                    yield_(); final int nK = k + 1;
                    yield_(); final int pK = k - 1;

                    yield_(); final double nZ = zval[nK];
                    yield_(); final double pZ = zval[pK];

                    final double deltaZ = nZ - pZ;

                    dFdX[i][j][k] = (fval[nI][j][k] - fval[pI][j][k]) / deltaX;
                    dFdY[i][j][k] = (fval[i][nJ][k] - fval[i][pJ][k]) / deltaY;
                    dFdZ[i][j][k] = (fval[i][j][nK] - fval[i][j][pK]) / deltaZ;

                    final double deltaXZ = deltaX * deltaZ;
                    final double deltaYZ = deltaY * deltaZ;

                    d2FdXdY[i][j][k] = (fval[nI][nJ][k] - fval[nI][pJ][k] - fval[pI][nJ][k] + fval[pI][pJ][k]) / deltaXY;
                    d2FdXdZ[i][j][k] = (fval[nI][j][nK] - fval[nI][j][pK] - fval[pI][j][nK] + fval[pI][j][pK]) / deltaXZ;
                    d2FdYdZ[i][j][k] = (fval[i][nJ][nK] - fval[i][nJ][pK] - fval[i][pJ][nK] + fval[i][pJ][pK]) / deltaYZ;

                    final double deltaXYZ = deltaXY * deltaZ;

                    d3FdXdYdZ[i][j][k] = (fval[nI][nJ][nK] - fval[nI][pJ][nK] -
                                          fval[pI][nJ][nK] + fval[pI][pJ][nK] -
                                          fval[nI][nJ][pK] + fval[nI][pJ][pK] +
                                          fval[pI][nJ][pK] - fval[pI][pJ][pK]) / deltaXYZ;
                }
            }
        }

        // Create the interpolating function.
        return done(new TricubicInterpolatingFunction(xval, yval, zval, fval,
                                                 dFdX, dFdY, dFdZ,
                                                 d2FdXdY, d2FdXdZ, d2FdYdZ,
                                                 d3FdXdYdZ) {
            /** {@inheritDoc} */
            @Override
            public boolean isValidPoint(double x, double y, double z) {
                if (x < xval[1] ||
                    x > xval[xval.length - 2] ||
                    y < yval[1] ||
                    y > yval[yval.length - 2] ||
                    z < zval[1] ||
                    z > zval[zval.length - 2]) {
                    return false;
                } else {
                    return true;
                }
            }
        });
    }
}
