// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/linear/EigenDecomposition.java:EigenDecomposition.findEigenVectors#24 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_EigenDecomposition_findEigenVectors_24.java
//
// ERROR Kc500_Coroutines.java:289: ';' expected
// ERROR Kc500_Coroutines.java:425: ';' expected
// 
// generated source:
// package org.apache.commons.math3.linear;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.math3.exception.MaxCountExceededException;
// import org.apache.commons.math3.exception.util.LocalizedFormats;
// import org.apache.commons.math3.util.FastMath;
// import org.apache.commons.math3.util.Precision;
// 
// /**
//  * The coroutines of {@link Kc500}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc500_Coroutines extends Kc500 {
//     Kc500_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_findEigenVectors(double[][] householderMatrix) {
//         return new Co_findEigenVectorsMachine(this, householderMatrix).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc500#co_findEigenVectors(double[][])}.
//      */
//     private static final class Co_findEigenVectorsMachine extends CoroutineMachine<Void> {
//         private final Kc500_Coroutines self;
// 
//         private double[][] householderMatrix;
// 
//         private double[][] z;
// 
//         private int n;
// 
//         private double[] e;
// 
//         private double maxAbsoluteValue;
// 
//         private int i_;
// 
//         private int i__;
// 
//         private int j;
// 
//         private int its;
// 
//         private int m;
// 
//         private double delta;
// 
//         private double q;
// 
//         private double t;
// 
//         private double u;
// 
//         private double s;
// 
//         private double c;
// 
//         private int i___;
// 
//         private double p;
// 
//         private double h;
// 
//         private int ia;
// 
//         private int i____;
// 
//         private int k;
// 
//         private double p_;
// 
//         private int j_;
// 
//         private int j__;
// 
//         private double[] tmp;
// 
//         private int i_______;
// 
//         Co_findEigenVectorsMachine(Kc500_Coroutines self, double[][] householderMatrix) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.householderMatrix = householderMatrix;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         z = householderMatrix.clone();
//                         n = self.main.length;
//                         self.realEigenvalues = new double[n];
//                         if (yieldSlice(1)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc500.java:22  yield_()
//                         resumedFromSlice();
//                         self.imagEigenvalues = new double[n];
//                         if (yieldSlice(2)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc500.java:23  yield_()
//                         resumedFromSlice();
//                         e = new double[n];
//                         for (int i = 0; i < n - 1; i++) {
//                             self.realEigenvalues[i] = self.main[i];
//                             e[i] = self.secondary[i];
//                         }
//                         if (yieldSlice(3)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc500.java:28  yield_()
//                         resumedFromSlice();
//                         self.realEigenvalues[n - 1] = self.main[n - 1];
//                         e[n - 1] = 0;
//                         if (yieldSlice(4)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc500.java:32  yield_()
//                         resumedFromSlice();
//                         maxAbsoluteValue = 0;
//                         if (yieldSlice(5)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc500.java:33  yield_()
//                         resumedFromSlice();
//                         i_ = 0;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for i < n
//                         if (!(i_ < n)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (!(FastMath.abs(self.realEigenvalues[i_]) > maxAbsoluteValue)) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(FastMath.abs(self.realEigenvalues[i_])), 7)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc500.java:35  yield_(kaa.InProgress.finished(FastMath.abs(realEigenvalues[i])))
//                         maxAbsoluteValue = this.<Double>awaitedValue();
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // after if
//                         if (!(FastMath.abs(e[i_]) > maxAbsoluteValue)) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(FastMath.abs(e[i_])), 9)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc500.java:38  yield_(kaa.InProgress.finished(FastMath.abs(e[i])))
//                         maxAbsoluteValue = this.<Double>awaitedValue();
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // after if
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // for update
//                         i_++;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 12: { // after for
//                         if (!(maxAbsoluteValue != 0)) {
//                             label = 19;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(13)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc500.java:43  yield_()
//                         resumedFromSlice();
//                         i__ = 0;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for i < n
//                         if (!(i__ < n)) {
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(15)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc500.java:44  yield_()
//                         resumedFromSlice();
//                         if (FastMath.abs(self.realEigenvalues[i__]) <= Precision.EPSILON * maxAbsoluteValue) {
//                             self.realEigenvalues[i__] = 0;
//                         }
//                         if (yieldSlice(16)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc500.java:47  yield_()
//                         resumedFromSlice();
//                         if (FastMath.abs(e[i__]) <= Precision.EPSILON * maxAbsoluteValue) {
//                             e[i__]=0;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // for update
//                         i__++;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 18: { // after for
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // after if
//                         j = 0;
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // for j < n
//                         if (!(j < n)) {
//                             label = 61;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(21)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc500.java:54  yield_()
//                         resumedFromSlice();
//                         its = 0;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // do
//                         m = j
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // for m < n - 1
//                         if (!(m < n - 1)) {
//                             label = 29;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(24)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc500.java:58  yield_()
//                         resumedFromSlice();
//                         delta = FastMath.abs(self.realEigenvalues[m]) +
//                             FastMath.abs(self.realEigenvalues[m + 1]);
//                         if (yieldSlice(25)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc500.java:60  yield_()
//                         resumedFromSlice();
//                         if (!(FastMath.abs(e[m]) + delta == delta)) {
//                             label = 27;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(26)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc500.java:61  yield_()
//                         resumedFromSlice();
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 27: { // after if
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // for update
//                         m++;
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 29: { // after for
//                         if (yieldSlice(30)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc500.java:64  yield_()
//                         resumedFromSlice();
//                         if (!(m != j)) {
//                             label = 57;
//                             continue dispatch;
//                         }
//                         if (its == self.maxIter) {
//                             throw new MaxCountExceededException(LocalizedFormats.CONVERGENCE_FAILED,
//                                                                 self.maxIter);
//                         }
//                         its++;
//                         if (yieldSlice(31)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // Kc500.java:70  yield_()
//                         resumedFromSlice();
//                         q = (self.realEigenvalues[j + 1] - self.realEigenvalues[j]) / (2 * e[j]);
//                         if (yieldSlice(32)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc500.java:71  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(FastMath.sqrt(1 + q * q)), 33)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // Kc500.java:71  yield_(kaa.InProgress.finished(FastMath.sqrt(1 + q * q)))
//                         t = this.<Double>awaitedValue();
//                         if (!(q < 0.0)) {
//                             label = 35;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(34)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // Kc500.java:73  yield_()
//                         resumedFromSlice();
//                         q = self.realEigenvalues[m] - self.realEigenvalues[j] + e[j] / (q - t);
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 35: { // else
//                         q = self.realEigenvalues[m] - self.realEigenvalues[j] + e[j] / (q + t);
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // after if
//                         u = 0.0;
//                         if (yieldSlice(37)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // Kc500.java:78  yield_()
//                         resumedFromSlice();
//                         s = 1.0;
//                         c = 1.0;
//                         i___ = m - 1
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 38: { // for i >= j
//                         if (!(i___ >= j)) {
//                             label = 55;
//                             continue dispatch;
//                         }
//                         p = s * e[i___];
//                         h = c * e[i___];
//                         if (yieldSlice(39)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 39;
//                         continue dispatch;
//                     }
//                     case 39: { // Kc500.java:84  yield_()
//                         resumedFromSlice();
//                         if (!(FastMath.abs(p) >= FastMath.abs(q))) {
//                             label = 41;
//                             continue dispatch;
//                         }
//                         c = q / p;
//                         if (await(InProgress.finished(FastMath.sqrt(c * c + 1.0)), 40)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 40;
//                         continue dispatch;
//                     }
//                     case 40: { // Kc500.java:86  yield_(kaa.InProgress.finished(FastMath.sqrt(c * c + 1.0)))
//                         t = this.<Double>awaitedValue();
//                         e[i___ + 1] = p * t;
//                         s = 1.0 / t;
//                         c *= s;
//                         label = 45;
//                         continue dispatch;
//                     }
//                     case 41: { // else
//                         s = p / q;
//                         if (await(InProgress.finished(FastMath.sqrt(s * s + 1.0)), 42)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 42;
//                         continue dispatch;
//                     }
//                     case 42: { // Kc500.java:92  yield_(kaa.InProgress.finished(FastMath.sqrt(s * s + 1.0)))
//                         t = this.<Double>awaitedValue();
//                         e[i___ + 1] = q * t;
//                         if (yieldSlice(43)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 43;
//                         continue dispatch;
//                     }
//                     case 43: { // Kc500.java:94  yield_()
//                         resumedFromSlice();
//                         c = 1.0 / t;
//                         if (yieldSlice(44)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 44;
//                         continue dispatch;
//                     }
//                     case 44: { // Kc500.java:95  yield_()
//                         resumedFromSlice();
//                         s *= c;
//                         label = 45;
//                         continue dispatch;
//                     }
//                     case 45: { // after if
//                         if (!(e[i___ + 1] == 0.0)) {
//                             label = 47;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(46)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 46;
//                         continue dispatch;
//                     }
//                     case 46: { // Kc500.java:98  yield_()
//                         resumedFromSlice();
//                         self.realEigenvalues[i___ + 1] -= u;
//                         e[m] = 0.0;
//                         label = 55;
//                         continue dispatch;
//                     }
//                     case 47: { // after if
//                         q = self.realEigenvalues[i___ + 1] - u;
//                         if (yieldSlice(48)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 48;
//                         continue dispatch;
//                     }
//                     case 48: { // Kc500.java:103  yield_()
//                         resumedFromSlice();
//                         t = (self.realEigenvalues[i___] - q) * s + 2.0 * c * h;
//                         if (yieldSlice(49)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 49;
//                         continue dispatch;
//                     }
//                     case 49: { // Kc500.java:104  yield_()
//                         resumedFromSlice();
//                         u = s * t;
//                         self.realEigenvalues[i___ + 1] = q + u;
//                         q = c * t - h;
//                         ia = 0;
//                         label = 50;
//                         continue dispatch;
//                     }
//                     case 50: { // for ia < n
//                         if (!(ia < n)) {
//                             label = 53;
//                             continue dispatch;
//                         }
//                         p = z[ia][i___ + 1];
//                         if (yieldSlice(51)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 51;
//                         continue dispatch;
//                     }
//                     case 51: { // Kc500.java:109  yield_()
//                         resumedFromSlice();
//                         z[ia][i___ + 1] = s * z[ia][i___] + c * p;
//                         z[ia][i___] = c * z[ia][i___] - s * p;
//                         label = 52;
//                         continue dispatch;
//                     }
//                     case 52: { // for update
//                         ia++;
//                         label = 50;
//                         continue dispatch;
//                     }
//                     case 53: { // after for
//                         label = 54;
//                         continue dispatch;
//                     }
//                     case 54: { // for update
//                         i___--;
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 55: { // after for
//                         if (t == 0.0 && i___ >= j) {
//                             label = 58;
//                             continue dispatch;
//                         }
//                         self.realEigenvalues[j] -= u;
//                         e[j] = q;
//                         if (yieldSlice(56)) {
//                             householderMatrix = null;
//                             return;
//                         }
//                         label = 56;
//                         continue dispatch;
//                     }
//                     case 56: { // Kc500.java:118  yield_()
//                         resumedFromSlice();
//                         e[m] = 0.0;
//                         label = 57;
//                         continue dispatch;
//                     }
//                     case 57: { // after if
//                         label = 58;
//                         continue dispatch;
//                     }
//                     case 58: { // while (m != j)
//                         if (m != j) {
//                             label = 22;
//                             continue dispatch;
//                         }
//                         label = 59;
//                         continue dispatch;
//                     }
//                     case 59: { // after do-while
//                         label = 60;
//                         continue dispatch;
//                     }
//                     case 60: { // for update
//                         j++;
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 61: { // after for
//                         i____ = 0;
//                         label = 62;
//                         continue dispatch;
//                     }
//                     case 62: { // for i < n
//                         if (!(i____ < n)) {
//                             label = 76;
//                             continue dispatch;
//                         }
//                         k = i____;
//                         p_ = self.realEigenvalues[i____];
//                         j_ = i____ + 1;
//                         label = 63;
//                         continue dispatch;
//                     }
//                     case 63: { // for j < n
//                         if (!(j_ < n)) {
//                             label = 68;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(64)) {
//                             householderMatrix = null;
//                             e = null;
//                             return;
//                         }
//                         label = 64;
//                         continue dispatch;
//                     }
//                     case 64: { // Kc500.java:128  yield_()
//                         resumedFromSlice();
//                         if (!(self.realEigenvalues[j_] > p_)) {
//                             label = 66;
//                             continue dispatch;
//                         }
//                         k = j_;
//                         if (yieldSlice(65)) {
//                             householderMatrix = null;
//                             e = null;
//                             return;
//                         }
//                         label = 65;
//                         continue dispatch;
//                     }
//                     case 65: { // Kc500.java:130  yield_()
//                         resumedFromSlice();
//                         p_ = self.realEigenvalues[j_];
//                         label = 66;
//                         continue dispatch;
//                     }
//                     case 66: { // after if
//                         label = 67;
//                         continue dispatch;
//                     }
//                     case 67: { // for update
//                         j_++;
//                         label = 63;
//                         continue dispatch;
//                     }
//                     case 68: { // after for
//                         if (!(k != i____)) {
//                             label = 74;
//                             continue dispatch;
//                         }
//                         self.realEigenvalues[k] = self.realEigenvalues[i____];
//                         self.realEigenvalues[i____] = p_;
//                         if (yieldSlice(69)) {
//                             householderMatrix = null;
//                             e = null;
//                             return;
//                         }
//                         label = 69;
//                         continue dispatch;
//                     }
//                     case 69: { // Kc500.java:136  yield_()
//                         resumedFromSlice();
//                         j__ = 0;
//                         label = 70;
//                         continue dispatch;
//                     }
//                     case 70: { // for j < n
//                         if (!(j__ < n)) {
//                             label = 73;
//                             continue dispatch;
//                         }
//                         p_ = z[j__][i____];
//                         z[j__][i____] = z[j__][k];
//                         if (yieldSlice(71)) {
//                             householderMatrix = null;
//                             e = null;
//                             return;
//                         }
//                         label = 71;
//                         continue dispatch;
//                     }
//                     case 71: { // Kc500.java:139  yield_()
//                         resumedFromSlice();
//                         z[j__][k] = p_;
//                         label = 72;
//                         continue dispatch;
//                     }
//                     case 72: { // for update
//                         j__++;
//                         label = 70;
//                         continue dispatch;
//                     }
//                     case 73: { // after for
//                         label = 74;
//                         continue dispatch;
//                     }
//                     case 74: { // after if
//                         label = 75;
//                         continue dispatch;
//                     }
//                     case 75: { // for update
//                         i____++;
//                         label = 62;
//                         continue dispatch;
//                     }
//                     case 76: { // after for
//                         maxAbsoluteValue = 0;
//                         for (int i_____ = 0; i_____ < n; i_____++) {
//                             if (FastMath.abs(self.realEigenvalues[i_____]) > maxAbsoluteValue) {
//                                 maxAbsoluteValue=FastMath.abs(self.realEigenvalues[i_____]);
//                             }
//                         }
//                         if (maxAbsoluteValue != 0.0) {
//                             for (int i______=0; i______ < n; i______++) {
//                                 if (FastMath.abs(self.realEigenvalues[i______]) < Precision.EPSILON * maxAbsoluteValue) {
//                                     self.realEigenvalues[i______] = 0;
//                                 }
//                             }
//                         }
//                         self.eigenvectors = new ArrayRealVector[n];
//                         tmp = new double[n];
//                         i_______ = 0;
//                         label = 77;
//                         continue dispatch;
//                     }
//                     case 77: { // for i < n
//                         if (!(i_______ < n)) {
//                             label = 80;
//                             continue dispatch;
//                         }
//                         for (int j___ = 0; j___ < n; j___++) {
//                             tmp[j___] = z[j___][i_______];
//                         }
//                         if (yieldSlice(78)) {
//                             householderMatrix = null;
//                             e = null;
//                             return;
//                         }
//                         label = 78;
//                         continue dispatch;
//                     }
//                     case 78: { // Kc500.java:165  yield_()
//                         resumedFromSlice();
//                         self.eigenvectors[i_______] = new ArrayRealVector(tmp);
//                         label = 79;
//                         continue dispatch;
//                     }
//                     case 79: { // for update
//                         i_______++;
//                         label = 77;
//                         continue dispatch;
//                     }
//                     case 80: { // after for
//                         returnWith(null);
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
//             householderMatrix = null;
//             z = null;
//             e = null;
//             tmp = null;
//         }
//     }
// }
// 

package org.apache.commons.math3.linear;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.exception.util.LocalizedFormats;
import org.apache.commons.math3.util.Precision;
import org.apache.commons.math3.util.FastMath;
import static kaa.Async.*;
import org.apache.commons.math3.linear.EigenDecomposition.*;
import static org.apache.commons.math3.linear.EigenDecomposition.*;
abstract class Kc500 {
    static final double EPSILON = 1e-12;
    byte maxIter = 30;
    double[] main;
    double[] secondary;
    double[] realEigenvalues;
    double[] imagEigenvalues;
    ArrayRealVector[] eigenvectors;
    @kaa.Coroutine
    kaa.InProgress<Void> co_findEigenVectors(final double[][] householderMatrix) {
        final double[][]z = householderMatrix.clone();
        final int n = main.length;
        realEigenvalues = new double[n];
        yield_(); imagEigenvalues = new double[n];
        yield_(); final double[] e = new double[n];
        for (int i = 0; i < n - 1; i++) {
            realEigenvalues[i] = main[i];
            e[i] = secondary[i];
        }
        yield_(); realEigenvalues[n - 1] = main[n - 1];
        e[n - 1] = 0;

        // Determine the largest main and secondary value in absolute term.
        yield_(); double maxAbsoluteValue = 0;
        yield_(); for (int i = 0; i < n; i++) {
            if (FastMath.abs(realEigenvalues[i]) > maxAbsoluteValue) {
                maxAbsoluteValue = yield_(kaa.InProgress.finished(FastMath.abs(realEigenvalues[i])));
            }
            if (FastMath.abs(e[i]) > maxAbsoluteValue) {
                maxAbsoluteValue = yield_(kaa.InProgress.finished(FastMath.abs(e[i])));
            }
        }
        // Make null any main and secondary value too small to be significant
        if (maxAbsoluteValue != 0) {
            yield_(); for (int i=0; i < n; i++) {
                yield_(); if (FastMath.abs(realEigenvalues[i]) <= Precision.EPSILON * maxAbsoluteValue) {
                    realEigenvalues[i] = 0;
                }
                yield_(); if (FastMath.abs(e[i]) <= Precision.EPSILON * maxAbsoluteValue) {
                    e[i]=0;
                }
            }
        }

        for (int j = 0; j < n; j++) {
            yield_(); int its = 0;
            int m;
            do {
                for (m = j; m < n - 1; m++) {
                    yield_(); double delta = FastMath.abs(realEigenvalues[m]) +
                        FastMath.abs(realEigenvalues[m + 1]);
                    yield_(); if (FastMath.abs(e[m]) + delta == delta) {
                        yield_(); break;
                    }
                }
                yield_(); if (m != j) {
                    if (its == maxIter) {
                        throw new MaxCountExceededException(LocalizedFormats.CONVERGENCE_FAILED,
                                                            maxIter);
                    }
                    its++;
                    yield_(); double q = (realEigenvalues[j + 1] - realEigenvalues[j]) / (2 * e[j]);
                    yield_(); double t = yield_(kaa.InProgress.finished(FastMath.sqrt(1 + q * q)));
                    if (q < 0.0) {
                        yield_(); q = realEigenvalues[m] - realEigenvalues[j] + e[j] / (q - t);
                    } else {
                        q = realEigenvalues[m] - realEigenvalues[j] + e[j] / (q + t);
                    }
                    double u = 0.0;
                    yield_(); double s = 1.0;
                    double c = 1.0;
                    int i;
                    for (i = m - 1; i >= j; i--) {
                        double p = s * e[i];
                        double h = c * e[i];
                        yield_(); if (FastMath.abs(p) >= FastMath.abs(q)) {
                            c = q / p;
                            t = yield_(kaa.InProgress.finished(FastMath.sqrt(c * c + 1.0)));
                            e[i + 1] = p * t;
                            s = 1.0 / t;
                            c *= s;
                        } else {
                            s = p / q;
                            t = yield_(kaa.InProgress.finished(FastMath.sqrt(s * s + 1.0)));
                            e[i + 1] = q * t;
                            yield_(); c = 1.0 / t;
                            yield_(); s *= c;
                        }
                        if (e[i + 1] == 0.0) {
                            yield_(); realEigenvalues[i + 1] -= u;
                            e[m] = 0.0;
                            break;
                        }
                        q = realEigenvalues[i + 1] - u;
                        yield_(); t = (realEigenvalues[i] - q) * s + 2.0 * c * h;
                        yield_(); u = s * t;
                        realEigenvalues[i + 1] = q + u;
                        q = c * t - h;
                        for (int ia = 0; ia < n; ia++) {
                            p = z[ia][i + 1];
                            yield_(); z[ia][i + 1] = s * z[ia][i] + c * p;
                            z[ia][i] = c * z[ia][i] - s * p;
                        }
                    }
                    if (t == 0.0 && i >= j) {
                        continue;
                    }
                    realEigenvalues[j] -= u;
                    e[j] = q;
                    yield_(); e[m] = 0.0;
                }
            } while (m != j);
        }

        //Sort the eigen values (and vectors) in increase order
        for (int i = 0; i < n; i++) {
            int k = i;
            double p = realEigenvalues[i];
            for (int j = i + 1; j < n; j++) {
                yield_(); if (realEigenvalues[j] > p) {
                    k = j;
                    yield_(); p = realEigenvalues[j];
                }
            }
            if (k != i) {
                realEigenvalues[k] = realEigenvalues[i];
                realEigenvalues[i] = p;
                yield_(); for (int j = 0; j < n; j++) {
                    p = z[j][i];
                    z[j][i] = z[j][k];
                    yield_(); z[j][k] = p;
                }
            }
        }

        // Determine the largest eigen value in absolute term.
        maxAbsoluteValue = 0;
        for (int i = 0; i < n; i++) {
            if (FastMath.abs(realEigenvalues[i]) > maxAbsoluteValue) {
                maxAbsoluteValue=FastMath.abs(realEigenvalues[i]);
            }
        }
        // Make null any eigen value too small to be significant
        if (maxAbsoluteValue != 0.0) {
            for (int i=0; i < n; i++) {
                if (FastMath.abs(realEigenvalues[i]) < Precision.EPSILON * maxAbsoluteValue) {
                    realEigenvalues[i] = 0;
                }
            }
        }
        eigenvectors = new ArrayRealVector[n];
        final double[] tmp = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                tmp[j] = z[j][i];
            }
            yield_(); eigenvectors[i] = new ArrayRealVector(tmp);
        }
    return done(); }
}
