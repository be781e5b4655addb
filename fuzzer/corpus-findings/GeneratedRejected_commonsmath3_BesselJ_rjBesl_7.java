// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/special/BesselJ.java:BesselJ.rjBesl#7 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_BesselJ_rjBesl_7.java
//
// ERROR Kc650_Coroutines.java:1366: ';' expected
// 
// generated source:
// package org.apache.commons.math3.special;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.math3.util.FastMath;
// import org.apache.commons.math3.util.MathArrays;
// 
// /**
//  * The coroutines of {@link Kc650}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc650_Coroutines extends Kc650 {
//     Kc650_Coroutines() {
//         super();
//     }
// 
//     static InProgress<BesselJ.BesselJResult> co_rjBesl(double x, double alpha, int nb) {
//         return new Co_rjBeslMachine(x, alpha, nb).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc650#co_rjBesl(double, double, int)}.
//      */
//     private static final class Co_rjBeslMachine extends CoroutineMachine<BesselJ.BesselJResult> {
//         private double x;
// 
//         private double alpha;
// 
//         private int nb;
// 
//         private double[] b;
// 
//         private int ncalc;
// 
//         private double alpem;
// 
//         private double alp2em;
// 
//         private int magx;
// 
//         private int i;
// 
//         private double tempa;
// 
//         private double tempb;
// 
//         private double tempc;
// 
//         private double tover;
// 
//         private double halfx;
// 
//         private int n_;
// 
//         private double xc;
// 
//         private double mul;
// 
//         private double xin;
// 
//         private int m;
// 
//         private double xm;
// 
//         private double t;
// 
//         private double z;
// 
//         private double vsin;
// 
//         private double vcos;
// 
//         private double gnu;
// 
//         private double capq;
// 
//         private double capp;
// 
//         private double s;
// 
//         private double t1;
// 
//         private double xk;
// 
//         private int i_;
// 
//         private int k;
// 
//         private int j;
// 
//         private int j_;
// 
//         private int nbmx;
// 
//         private int n__;
// 
//         private int nstart;
// 
//         private int nend;
// 
//         private double en;
// 
//         private double plast;
// 
//         private double p;
// 
//         private double pold;
// 
//         private double test;
// 
//         private boolean readyToInitialize;
// 
//         private double psave;
// 
//         private double psavel;
// 
//         private int k_;
// 
//         private int l;
// 
//         private int m_;
// 
//         private double sum;
// 
//         private double em;
// 
//         private boolean readyToNormalize;
// 
//         private boolean calculatedB0;
// 
//         private int l_;
// 
//         private int l__;
// 
//         private BesselJ.BesselJResult result;
// 
//         Co_rjBeslMachine(double x, double alpha, int nb) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.x = x;
//             this.alpha = alpha;
//             this.nb = nb;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         b = new double[nb];
//                         ncalc = 0;
//                         alpem = 0;
//                         alp2em = 0;
//                         magx = (int) x;
//                         if (!((nb > 0) && (x >= Kc650.X_MIN) && (x <= Kc650.X_MAX) && (alpha >= 0) &&
//                             (alpha < 1))) {
//                             label = 139;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc650.java:43  yield_()
//                         resumedFromSlice();
//                         ncalc = nb;
//                         i = 0;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // for i < nb
//                         if (!(i < nb)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc650.java:45  yield_()
//                         resumedFromSlice();
//                         b[i] = 0;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for update
//                         ++i;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 5: { // after for
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc650.java:54  yield_()
//                         resumedFromSlice();
//                         if (!(x < Kc650.RTNSIG)) {
//                             label = 20;
//                             continue dispatch;
//                         }
//                         tempa = 1;
//                         alpem = 1 + alpha;
//                         halfx = 0;
//                         if (x > Kc650.ENMTEN) {
//                             halfx = 0.5 * x;
//                         }
//                         if (alpha != 0) {
//                             tempa = FastMath.pow(halfx, alpha) /
//                                     (alpha * Gamma.gamma(alpha));
//                         }
//                         tempb = 0;
//                         if (yieldSlice(7)) {
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc650.java:71  yield_()
//                         resumedFromSlice();
//                         if (x + 1 > 1) {
//                             tempb = -halfx * halfx;
//                         }
//                         if (yieldSlice(8)) {
//                             result = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc650.java:74  yield_()
//                         resumedFromSlice();
//                         b[0] = tempa + (tempa * tempb / alpem);
//                         if (yieldSlice(9)) {
//                             result = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc650.java:75  yield_()
//                         resumedFromSlice();
//                         if (!((x != 0) && (b[0] == 0))) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             result = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc650.java:76  yield_()
//                         resumedFromSlice();
//                         ncalc = 0;
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // after if
//                         if (!(nb != 1)) {
//                             label = 19;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(12)) {
//                             result = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc650.java:79  yield_()
//                         resumedFromSlice();
//                         if (!(x <= 0)) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         for (int n = 1; n < nb; ++n) {
//                             b[n] = 0;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 13: { // else
//                         tempc = halfx;
//                         tover = tempb != 0 ? Kc650.ENMTEN / tempb :  2 * Kc650.ENMTEN / x;
//                         n_ = 1;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for n < nb
//                         if (!(n_ < nb)) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(15)) {
//                             result = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc650.java:90  yield_()
//                         resumedFromSlice();
//                         tempa /= alpem;
//                         alpem += 1;
//                         tempa *= tempc;
//                         if (tempa <= tover * alpem) {
//                             tempa = 0;
//                         }
//                         b[n_] = tempa + (tempa * tempb / alpem);
//                         if ((b[n_] == 0) && (ncalc > n_)) {
//                             ncalc = n_;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // for update
//                         ++n_;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 17: { // after for
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // after if
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // after if
//                         label = 138;
//                         continue dispatch;
//                     }
//                     case 20: { // else
//                         if (!((x > 25.0) && (nb <= magx + 1))) {
//                             label = 51;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(FastMath.sqrt(Kc650.PI2 / x)), 21)) {
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc650.java:107  yield_(kaa.InProgress.finished(FastMath.sqrt(PI2 / x)))
//                         xc = this.<Double>awaitedValue();
//                         if (yieldSlice(22)) {
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc650.java:108  yield_()
//                         resumedFromSlice();
//                         mul = 0.125 / x;
//                         if (yieldSlice(23)) {
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc650.java:109  yield_()
//                         resumedFromSlice();
//                         xin = mul * mul;
//                         m = 0;
//                         if (yieldSlice(24)) {
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc650.java:111  yield_()
//                         resumedFromSlice();
//                         if (!(x >= 130.0)) {
//                             label = 25;
//                             continue dispatch;
//                         }
//                         m = 4;
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 25: { // else
//                         if (!(x >= 35.0)) {
//                             label = 27;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(26)) {
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc650.java:114  yield_()
//                         resumedFromSlice();
//                         m = 8;
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 27: { // else
//                         m = 11;
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // after if
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // after if
//                         xm = 4.0 * m;
//                         t = (double) ((int) ((x / Kc650.TWOPI) + 0.5));
//                         z = x - t * Kc650.TOWPI1 - t * Kc650.TWOPI2 - (alpha + 0.5) / Kc650.PI2;
//                         if (await(InProgress.finished(FastMath.sin(z)), 30)) {
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc650.java:125  yield_(kaa.InProgress.finished(FastMath.sin(z)))
//                         vsin = this.<Double>awaitedValue();
//                         if (yieldSlice(31)) {
//                             return;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // Kc650.java:126  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(FastMath.cos(z)), 32)) {
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc650.java:126  yield_(kaa.InProgress.finished(FastMath.cos(z)))
//                         vcos = this.<Double>awaitedValue();
//                         if (yieldSlice(33)) {
//                             return;
//                         }
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // Kc650.java:127  yield_()
//                         resumedFromSlice();
//                         gnu = 2 * alpha;
//                         if (yieldSlice(34)) {
//                             return;
//                         }
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // Kc650.java:131  yield_()
//                         resumedFromSlice();
//                         i_ = 1;
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 35: { // for i <= 2
//                         if (!(i_ <= 2)) {
//                             label = 43;
//                             continue dispatch;
//                         }
//                         s = (xm - 1 - gnu) * (xm - 1 + gnu) * xin * 0.5;
//                         t = (gnu - (xm - 3.0)) * (gnu + (xm - 3.0));
//                         capp = (s * t) / Kc650.FACT[2 * m];
//                         if (yieldSlice(36)) {
//                             return;
//                         }
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // Kc650.java:137  yield_()
//                         resumedFromSlice();
//                         t1 = (gnu - (xm + 1)) * (gnu + (xm + 1));
//                         capq = (s * t1) / Kc650.FACT[2 * m + 1];
//                         xk = xm;
//                         k = 2 * m;
//                         t1 = t;
//                         j = 2;
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // for j <= m
//                         if (!(j <= m)) {
//                             label = 41;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(38)) {
//                             return;
//                         }
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 38: { // Kc650.java:144  yield_()
//                         resumedFromSlice();
//                         xk -= 4.0;
//                         s = (xk - 1 - gnu) * (xk - 1 + gnu);
//                         t = (gnu - (xk - 3.0)) * (gnu + (xk - 3.0));
//                         capp = (capp + 1 / Kc650.FACT[k - 2]) * s * t * xin;
//                         capq = (capq + 1 / Kc650.FACT[k - 1]) * s * t1 * xin;
//                         if (yieldSlice(39)) {
//                             return;
//                         }
//                         label = 39;
//                         continue dispatch;
//                     }
//                     case 39: { // Kc650.java:149  yield_()
//                         resumedFromSlice();
//                         k -= 2;
//                         t1 = t;
//                         label = 40;
//                         continue dispatch;
//                     }
//                     case 40: { // for update
//                         j++;
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 41: { // after for
//                         capp += 1;
//                         capq = (capq + 1) * ((gnu * gnu) - 1) * (0.125 / x);
//                         b[i_ - 1] = xc * (capp * vcos - capq * vsin);
//                         if (nb == 1) {
//                             result = new BesselJ.BesselJResult(MathArrays.copyOf(b, b.length),
//                                                      ncalc);
//                             label = 143;
//                             continue dispatch;
//                         }
//                         t = vsin;
//                         vsin = -vcos;
//                         vcos = t;
//                         gnu += 2.0;
//                         label = 42;
//                         continue dispatch;
//                     }
//                     case 42: { // for update
//                         i_++;
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 43: { // after for
//                         if (!(nb > 2)) {
//                             label = 50;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(44)) {
//                             result = null;
//                             return;
//                         }
//                         label = 44;
//                         continue dispatch;
//                     }
//                     case 44: { // Kc650.java:170  yield_()
//                         resumedFromSlice();
//                         gnu = 2 * alpha + 2.0;
//                         if (yieldSlice(45)) {
//                             result = null;
//                             return;
//                         }
//                         label = 45;
//                         continue dispatch;
//                     }
//                     case 45: { // Kc650.java:171  yield_()
//                         resumedFromSlice();
//                         j_ = 2;
//                         label = 46;
//                         continue dispatch;
//                     }
//                     case 46: { // for j < nb
//                         if (!(j_ < nb)) {
//                             label = 49;
//                             continue dispatch;
//                         }
//                         b[j_] = gnu * b[j_ - 1] / x - b[j_ - 2];
//                         if (yieldSlice(47)) {
//                             result = null;
//                             return;
//                         }
//                         label = 47;
//                         continue dispatch;
//                     }
//                     case 47: { // Kc650.java:173  yield_()
//                         resumedFromSlice();
//                         gnu += 2.0;
//                         label = 48;
//                         continue dispatch;
//                     }
//                     case 48: { // for update
//                         ++j_;
//                         label = 46;
//                         continue dispatch;
//                     }
//                     case 49: { // after for
//                         label = 50;
//                         continue dispatch;
//                     }
//                     case 50: { // after if
//                         label = 137;
//                         continue dispatch;
//                     }
//                     case 51: { // else
//                         if (yieldSlice(52)) {
//                             result = null;
//                             return;
//                         }
//                         label = 52;
//                         continue dispatch;
//                     }
//                     case 52: { // Kc650.java:181  yield_()
//                         resumedFromSlice();
//                         nbmx = nb - magx;
//                         n__ = magx + 1;
//                         if (yieldSlice(53)) {
//                             result = null;
//                             return;
//                         }
//                         label = 53;
//                         continue dispatch;
//                     }
//                     case 53: { // Kc650.java:183  yield_()
//                         resumedFromSlice();
//                         nstart = 0;
//                         nend = 0;
//                         if (yieldSlice(54)) {
//                             result = null;
//                             return;
//                         }
//                         label = 54;
//                         continue dispatch;
//                     }
//                     case 54: { // Kc650.java:185  yield_()
//                         resumedFromSlice();
//                         en = 2 * (n__ + alpha);
//                         if (yieldSlice(55)) {
//                             result = null;
//                             return;
//                         }
//                         label = 55;
//                         continue dispatch;
//                     }
//                     case 55: { // Kc650.java:186  yield_()
//                         resumedFromSlice();
//                         plast = 1;
//                         p = en / x;
//                         test = 2 * Kc650.ENSIG;
//                         if (yieldSlice(56)) {
//                             result = null;
//                             return;
//                         }
//                         label = 56;
//                         continue dispatch;
//                     }
//                     case 56: { // Kc650.java:193  yield_()
//                         resumedFromSlice();
//                         readyToInitialize = false;
//                         if (!(nbmx >= 3)) {
//                             label = 82;
//                             continue dispatch;
//                         }
//                         tover = Kc650.ENTEN / Kc650.ENSIG;
//                         nstart = magx + 2;
//                         nend = nb - 1;
//                         en = 2 * (nstart - 1 + alpha);
//                         if (yieldSlice(57)) {
//                             result = null;
//                             return;
//                         }
//                         label = 57;
//                         continue dispatch;
//                     }
//                     case 57: { // Kc650.java:203  yield_()
//                         resumedFromSlice();
//                         k_ = nstart;
//                         label = 58;
//                         continue dispatch;
//                     }
//                     case 58: { // for k <= nend
//                         if (!(k_ <= nend)) {
//                             label = 77;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(59)) {
//                             result = null;
//                             return;
//                         }
//                         label = 59;
//                         continue dispatch;
//                     }
//                     case 59: { // Kc650.java:206  yield_()
//                         resumedFromSlice();
//                         n__ = k_;
//                         en += 2.0;
//                         pold = plast;
//                         if (yieldSlice(60)) {
//                             result = null;
//                             return;
//                         }
//                         label = 60;
//                         continue dispatch;
//                     }
//                     case 60: { // Kc650.java:209  yield_()
//                         resumedFromSlice();
//                         plast = p;
//                         p = (en * plast / x) - pold;
//                         if (!(p > tover)) {
//                             label = 75;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(61)) {
//                             result = null;
//                             return;
//                         }
//                         label = 61;
//                         continue dispatch;
//                     }
//                     case 61: { // Kc650.java:217  yield_()
//                         resumedFromSlice();
//                         tover = Kc650.ENTEN;
//                         p /= tover;
//                         plast /= tover;
//                         psave = p;
//                         psavel = plast;
//                         if (yieldSlice(62)) {
//                             result = null;
//                             return;
//                         }
//                         label = 62;
//                         continue dispatch;
//                     }
//                     case 62: { // Kc650.java:222  yield_()
//                         resumedFromSlice();
//                         nstart = n__ + 1;
//                         label = 63;
//                         continue dispatch;
//                     }
//                     case 63: { // do
//                         n__ += 1;
//                         if (yieldSlice(64)) {
//                             result = null;
//                             return;
//                         }
//                         label = 64;
//                         continue dispatch;
//                     }
//                     case 64: { // Kc650.java:225  yield_()
//                         resumedFromSlice();
//                         en += 2.0;
//                         pold = plast;
//                         plast = p;
//                         p = (en * plast / x) - pold;
//                         label = 65;
//                         continue dispatch;
//                     }
//                     case 65: { // while (p <= 1)
//                         if (p <= 1) {
//                             label = 63;
//                             continue dispatch;
//                         }
//                         label = 66;
//                         continue dispatch;
//                     }
//                     case 66: { // after do-while
//                         tempb = en / x;
//                         test = pold * plast * (0.5 - 0.5 / (tempb * tempb));
//                         test /= Kc650.ENSIG;
//                         p = plast * tover;
//                         n__ -= 1;
//                         if (yieldSlice(67)) {
//                             result = null;
//                             return;
//                         }
//                         label = 67;
//                         continue dispatch;
//                     }
//                     case 67: { // Kc650.java:240  yield_()
//                         resumedFromSlice();
//                         en -= 2.0;
//                         if (await(InProgress.finished(FastMath.min(nb, n__)), 68)) {
//                             result = null;
//                             return;
//                         }
//                         label = 68;
//                         continue dispatch;
//                     }
//                     case 68: { // Kc650.java:241  yield_(kaa.InProgress.finished(FastMath.min(nb, n)))
//                         nend = this.<Integer>awaitedValue();
//                         l = nstart;
//                         label = 69;
//                         continue dispatch;
//                     }
//                     case 69: { // for l <= nend
//                         if (!(l <= nend)) {
//                             label = 74;
//                             continue dispatch;
//                         }
//                         pold = psavel;
//                         psavel = psave;
//                         psave = (en * psavel / x) - pold;
//                         if (yieldSlice(70)) {
//                             result = null;
//                             return;
//                         }
//                         label = 70;
//                         continue dispatch;
//                     }
//                     case 70: { // Kc650.java:246  yield_()
//                         resumedFromSlice();
//                         if (!(psave * psavel > test)) {
//                             label = 72;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(71)) {
//                             result = null;
//                             return;
//                         }
//                         label = 71;
//                         continue dispatch;
//                     }
//                     case 71: { // Kc650.java:247  yield_()
//                         resumedFromSlice();
//                         ncalc = l - 1;
//                         readyToInitialize = true;
//                         label = 74;
//                         continue dispatch;
//                     }
//                     case 72: { // after if
//                         label = 73;
//                         continue dispatch;
//                     }
//                     case 73: { // for update
//                         l++;
//                         label = 69;
//                         continue dispatch;
//                     }
//                     case 74: { // after for
//                         ncalc = nend;
//                         readyToInitialize = true;
//                         label = 77;
//                         continue dispatch;
//                     }
//                     case 75: { // after if
//                         label = 76;
//                         continue dispatch;
//                     }
//                     case 76: { // for update
//                         k_++;
//                         label = 58;
//                         continue dispatch;
//                     }
//                     case 77: { // after for
//                         if (!(!readyToInitialize)) {
//                             label = 81;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(78)) {
//                             result = null;
//                             return;
//                         }
//                         label = 78;
//                         continue dispatch;
//                     }
//                     case 78: { // Kc650.java:258  yield_()
//                         resumedFromSlice();
//                         n__ = nend;
//                         en = 2 * (n__ + alpha);
//                         if (yieldSlice(79)) {
//                             result = null;
//                             return;
//                         }
//                         label = 79;
//                         continue dispatch;
//                     }
//                     case 79: { // Kc650.java:263  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(FastMath.max(test, FastMath.sqrt(plast * Kc650.ENSIG) *
//                                                   FastMath.sqrt(2 * p))), 80)) {
//                             result = null;
//                             return;
//                         }
//                         label = 80;
//                         continue dispatch;
//                     }
//                     case 80: { // Kc650.java:263  yield_(kaa.InProgress.finished(FastMath.max(test, FastMath.sqrt(plast * ENSIG) *
//                         test = this.<Double>awaitedValue();
//                         label = 81;
//                         continue dispatch;
//                     }
//                     case 81: { // after if
//                         label = 82;
//                         continue dispatch;
//                     }
//                     case 82: { // after if
//                         if (yieldSlice(83)) {
//                             result = null;
//                             return;
//                         }
//                         label = 83;
//                         continue dispatch;
//                     }
//                     case 83: { // Kc650.java:270  yield_()
//                         resumedFromSlice();
//                         if (!(!readyToInitialize)) {
//                             label = 88;
//                             continue dispatch;
//                         }
//                         label = 84;
//                         continue dispatch;
//                     }
//                     case 84: { // do
//                         n__ += 1;
//                         en += 2.0;
//                         if (yieldSlice(85)) {
//                             result = null;
//                             return;
//                         }
//                         label = 85;
//                         continue dispatch;
//                     }
//                     case 85: { // Kc650.java:274  yield_()
//                         resumedFromSlice();
//                         pold = plast;
//                         plast = p;
//                         p = (en * plast / x) - pold;
//                         label = 86;
//                         continue dispatch;
//                     }
//                     case 86: { // while (p < test)
//                         if (p < test) {
//                             label = 84;
//                             continue dispatch;
//                         }
//                         label = 87;
//                         continue dispatch;
//                     }
//                     case 87: { // after do-while
//                         label = 88;
//                         continue dispatch;
//                     }
//                     case 88: { // after if
//                         if (yieldSlice(89)) {
//                             result = null;
//                             return;
//                         }
//                         label = 89;
//                         continue dispatch;
//                     }
//                     case 89: { // Kc650.java:282  yield_()
//                         resumedFromSlice();
//                         n__ += 1;
//                         if (yieldSlice(90)) {
//                             result = null;
//                             return;
//                         }
//                         label = 90;
//                         continue dispatch;
//                     }
//                     case 90: { // Kc650.java:283  yield_()
//                         resumedFromSlice();
//                         en += 2.0;
//                         tempb = 0;
//                         tempa = 1 / p;
//                         m_ = (2 * n__) - 4 * (n__ / 2);
//                         sum = 0;
//                         if (yieldSlice(91)) {
//                             result = null;
//                             return;
//                         }
//                         label = 91;
//                         continue dispatch;
//                     }
//                     case 91: { // Kc650.java:288  yield_()
//                         resumedFromSlice();
//                         em = (double) (n__ / 2);
//                         alpem = em - 1 + alpha;
//                         if (yieldSlice(92)) {
//                             result = null;
//                             return;
//                         }
//                         label = 92;
//                         continue dispatch;
//                     }
//                     case 92: { // Kc650.java:290  yield_()
//                         resumedFromSlice();
//                         alp2em = 2 * em + alpha;
//                         if (!(m_ != 0)) {
//                             label = 94;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(93)) {
//                             result = null;
//                             return;
//                         }
//                         label = 93;
//                         continue dispatch;
//                     }
//                     case 93: { // Kc650.java:292  yield_()
//                         resumedFromSlice();
//                         sum = tempa * alpem * alp2em / em;
//                         label = 94;
//                         continue dispatch;
//                     }
//                     case 94: { // after if
//                         nend = n__ - nb;
//                         readyToNormalize = false;
//                         calculatedB0 = false;
//                         if (yieldSlice(95)) {
//                             result = null;
//                             return;
//                         }
//                         label = 95;
//                         continue dispatch;
//                     }
//                     case 95: { // Kc650.java:303  yield_()
//                         resumedFromSlice();
//                         l_ = 1;
//                         label = 96;
//                         continue dispatch;
//                     }
//                     case 96: { // for l <= nend
//                         if (!(l_ <= nend)) {
//                             label = 105;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(97)) {
//                             result = null;
//                             return;
//                         }
//                         label = 97;
//                         continue dispatch;
//                     }
//                     case 97: { // Kc650.java:304  yield_()
//                         resumedFromSlice();
//                         n__ -= 1;
//                         en -= 2.0;
//                         tempc = tempb;
//                         tempb = tempa;
//                         if (yieldSlice(98)) {
//                             result = null;
//                             return;
//                         }
//                         label = 98;
//                         continue dispatch;
//                     }
//                     case 98: { // Kc650.java:308  yield_()
//                         resumedFromSlice();
//                         tempa = (en * tempb / x) - tempc;
//                         m_ = 2 - m_;
//                         if (!(m_ != 0)) {
//                             label = 103;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(99)) {
//                             result = null;
//                             return;
//                         }
//                         label = 99;
//                         continue dispatch;
//                     }
//                     case 99: { // Kc650.java:311  yield_()
//                         resumedFromSlice();
//                         em -= 1;
//                         alp2em = 2 * em + alpha;
//                         if (yieldSlice(100)) {
//                             result = null;
//                             return;
//                         }
//                         label = 100;
//                         continue dispatch;
//                     }
//                     case 100: { // Kc650.java:313  yield_()
//                         resumedFromSlice();
//                         if (n__ == 1) {
//                             label = 105;
//                             continue dispatch;
//                         }
//                         alpem = em - 1 + alpha;
//                         if (yieldSlice(101)) {
//                             result = null;
//                             return;
//                         }
//                         label = 101;
//                         continue dispatch;
//                     }
//                     case 101: { // Kc650.java:317  yield_()
//                         resumedFromSlice();
//                         if (alpem == 0) {
//                             alpem = 1;
//                         }
//                         if (yieldSlice(102)) {
//                             result = null;
//                             return;
//                         }
//                         label = 102;
//                         continue dispatch;
//                     }
//                     case 102: { // Kc650.java:320  yield_()
//                         resumedFromSlice();
//                         sum = (sum + tempa * alp2em) * alpem / em;
//                         label = 103;
//                         continue dispatch;
//                     }
//                     case 103: { // after if
//                         label = 104;
//                         continue dispatch;
//                     }
//                     case 104: { // for update
//                         l_++;
//                         label = 96;
//                         continue dispatch;
//                     }
//                     case 105: { // after for
//                         if (yieldSlice(106)) {
//                             result = null;
//                             return;
//                         }
//                         label = 106;
//                         continue dispatch;
//                     }
//                     case 106: { // Kc650.java:327  yield_()
//                         resumedFromSlice();
//                         b[n__ - 1] = tempa;
//                         if (yieldSlice(107)) {
//                             result = null;
//                             return;
//                         }
//                         label = 107;
//                         continue dispatch;
//                     }
//                     case 107: { // Kc650.java:328  yield_()
//                         resumedFromSlice();
//                         if (!(nend >= 0)) {
//                             label = 118;
//                             continue dispatch;
//                         }
//                         if (!(nb <= 1)) {
//                             label = 111;
//                             continue dispatch;
//                         }
//                         alp2em = alpha;
//                         if (!(alpha + 1 == 1)) {
//                             label = 109;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(108)) {
//                             result = null;
//                             return;
//                         }
//                         label = 108;
//                         continue dispatch;
//                     }
//                     case 108: { // Kc650.java:332  yield_()
//                         resumedFromSlice();
//                         alp2em = 1;
//                         label = 109;
//                         continue dispatch;
//                     }
//                     case 109: { // after if
//                         sum += b[0] * alp2em;
//                         if (yieldSlice(110)) {
//                             result = null;
//                             return;
//                         }
//                         label = 110;
//                         continue dispatch;
//                     }
//                     case 110: { // Kc650.java:335  yield_()
//                         resumedFromSlice();
//                         readyToNormalize = true;
//                         label = 117;
//                         continue dispatch;
//                     }
//                     case 111: { // else
//                         n__ -= 1;
//                         en -= 2.0;
//                         b[n__ - 1] = (en * tempa / x) - tempb;
//                         if (!(n__ == 1)) {
//                             label = 112;
//                             continue dispatch;
//                         }
//                         calculatedB0 = true;
//                         label = 116;
//                         continue dispatch;
//                     }
//                     case 112: { // else
//                         m_ = 2 - m_;
//                         if (!(m_ != 0)) {
//                             label = 115;
//                             continue dispatch;
//                         }
//                         em -= 1;
//                         if (yieldSlice(113)) {
//                             result = null;
//                             return;
//                         }
//                         label = 113;
//                         continue dispatch;
//                     }
//                     case 113: { // Kc650.java:349  yield_()
//                         resumedFromSlice();
//                         alp2em = 2 * em + alpha;
//                         alpem = em - 1 + alpha;
//                         if (yieldSlice(114)) {
//                             result = null;
//                             return;
//                         }
//                         label = 114;
//                         continue dispatch;
//                     }
//                     case 114: { // Kc650.java:351  yield_()
//                         resumedFromSlice();
//                         if (alpem == 0) {
//                             alpem = 1;
//                         }
//                         sum = (sum + (b[n__ - 1] * alp2em)) * alpem / em;
//                         label = 115;
//                         continue dispatch;
//                     }
//                     case 115: { // after if
//                         label = 116;
//                         continue dispatch;
//                     }
//                     case 116: { // after if
//                         label = 117;
//                         continue dispatch;
//                     }
//                     case 117: { // after if
//                         label = 118;
//                         continue dispatch;
//                     }
//                     case 118: { // after if
//                         if (yieldSlice(119)) {
//                             result = null;
//                             return;
//                         }
//                         label = 119;
//                         continue dispatch;
//                     }
//                     case 119: { // Kc650.java:360  yield_()
//                         resumedFromSlice();
//                         if (!(!readyToNormalize && !calculatedB0)) {
//                             label = 127;
//                             continue dispatch;
//                         }
//                         nend = n__ - 2;
//                         if (yieldSlice(120)) {
//                             result = null;
//                             return;
//                         }
//                         label = 120;
//                         continue dispatch;
//                     }
//                     case 120: { // Kc650.java:362  yield_()
//                         resumedFromSlice();
//                         if (!(nend != 0)) {
//                             label = 126;
//                             continue dispatch;
//                         }
//                         l__ = 1;
//                         label = 121;
//                         continue dispatch;
//                     }
//                     case 121: { // for l <= nend
//                         if (!(l__ <= nend)) {
//                             label = 125;
//                             continue dispatch;
//                         }
//                         n__ -= 1;
//                         en -= 2.0;
//                         b[n__ - 1] = (en * b[n__] / x) - b[n__ + 1];
//                         m_ = 2 - m_;
//                         if (!(m_ != 0)) {
//                             label = 123;
//                             continue dispatch;
//                         }
//                         em -= 1;
//                         alp2em = 2 * em + alpha;
//                         alpem = em - 1 + alpha;
//                         if (yieldSlice(122)) {
//                             result = null;
//                             return;
//                         }
//                         label = 122;
//                         continue dispatch;
//                     }
//                     case 122: { // Kc650.java:377  yield_()
//                         resumedFromSlice();
//                         if (alpem == 0) {
//                             alpem = 1;
//                         }
//                         sum = (sum + b[n__ - 1] * alp2em) * alpem / em;
//                         label = 123;
//                         continue dispatch;
//                     }
//                     case 123: { // after if
//                         label = 124;
//                         continue dispatch;
//                     }
//                     case 124: { // for update
//                         l__++;
//                         label = 121;
//                         continue dispatch;
//                     }
//                     case 125: { // after for
//                         label = 126;
//                         continue dispatch;
//                     }
//                     case 126: { // after if
//                         label = 127;
//                         continue dispatch;
//                     }
//                     case 127: { // after if
//                         if (!readyToNormalize) {
//                             if (!calculatedB0) {
//                                 b[0] = 2.0 * (alpha + 1) * b[1] / x - b[2];
//                             }
//                             em -= 1;
//                             alp2em = 2 * em + alpha;
//                             if (alp2em == 0) {
//                                 alp2em = 1;
//                             }
//                             sum += b[0] * alp2em;
//                         }
//                         if (yieldSlice(128)) {
//                             result = null;
//                             return;
//                         }
//                         label = 128;
//                         continue dispatch;
//                     }
//                     case 128: { // Kc650.java:404  yield_()
//                         resumedFromSlice();
//                         if (FastMath.abs(alpha) > 1e-16) {
//                             sum *= Gamma.gamma(alpha) * FastMath.pow(x * 0.5, -alpha);
//                         }
//                         if (yieldSlice(129)) {
//                             result = null;
//                             return;
//                         }
//                         label = 129;
//                         continue dispatch;
//                     }
//                     case 129: { // Kc650.java:407  yield_()
//                         resumedFromSlice();
//                         tempa = Kc650.ENMTEN;
//                         if (sum > 1) {
//                             tempa *= sum;
//                         }
//                         if (yieldSlice(130)) {
//                             result = null;
//                             return;
//                         }
//                         label = 130;
//                         continue dispatch;
//                     }
//                     case 130: { // Kc650.java:412  yield_()
//                         resumedFromSlice();
//                         n__ = 0
//                         label = 131;
//                         continue dispatch;
//                     }
//                     case 131: { // for n < nb
//                         if (!(n__ < nb)) {
//                             label = 136;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(132)) {
//                             result = null;
//                             return;
//                         }
//                         label = 132;
//                         continue dispatch;
//                     }
//                     case 132: { // Kc650.java:413  yield_()
//                         resumedFromSlice();
//                         if (!(FastMath.abs(b[n__]) < tempa)) {
//                             label = 134;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(133)) {
//                             result = null;
//                             return;
//                         }
//                         label = 133;
//                         continue dispatch;
//                     }
//                     case 133: { // Kc650.java:414  yield_()
//                         resumedFromSlice();
//                         b[n__] = 0;
//                         label = 134;
//                         continue dispatch;
//                     }
//                     case 134: { // after if
//                         b[n__] /= sum;
//                         label = 135;
//                         continue dispatch;
//                     }
//                     case 135: { // for update
//                         n__++;
//                         label = 131;
//                         continue dispatch;
//                     }
//                     case 136: { // after for
//                         label = 137;
//                         continue dispatch;
//                     }
//                     case 137: { // after if
//                         label = 138;
//                         continue dispatch;
//                     }
//                     case 138: { // after if
//                         label = 142;
//                         continue dispatch;
//                     }
//                     case 139: { // else
//                         if (!(b.length > 0)) {
//                             label = 141;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(140)) {
//                             result = null;
//                             return;
//                         }
//                         label = 140;
//                         continue dispatch;
//                     }
//                     case 140: { // Kc650.java:424  yield_()
//                         resumedFromSlice();
//                         b[0] = 0;
//                         label = 141;
//                         continue dispatch;
//                     }
//                     case 141: { // after if
//                         ncalc = FastMath.min(nb, 0) - 1;
//                         label = 142;
//                         continue dispatch;
//                     }
//                     case 142: { // after if
//                         returnWith(new BesselJ.BesselJResult(MathArrays.copyOf(b, b.length), ncalc));
//                         return;
//                     }
//                     case 143: { // return done(...)
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
//             b = null;
//             result = null;
//         }
//     }
// }
// 

package org.apache.commons.math3.special;
import org.apache.commons.math3.util.FastMath;
import org.apache.commons.math3.util.MathArrays;
import static kaa.Async.*;
import org.apache.commons.math3.special.BesselJ.*;
import static org.apache.commons.math3.special.BesselJ.*;
abstract class Kc650 {
    static final double PI2 = 0.636619772367581343075535;
    static final double TOWPI1 = 6.28125;
    static final double TWOPI2 = 1.935307179586476925286767e-3;
    static final double TWOPI = TOWPI1 + TWOPI2;
    static final double ENTEN = 1.0e308;
    static final double ENSIG = 1.0e16;
    static final double RTNSIG = 1.0e-4;
    static final double ENMTEN = 8.90e-308;
    static final double X_MIN = 0.0;
    static final double X_MAX = 1.0e4;
    static final double[] FACT = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1.307674368e12, 2.0922789888e13, 3.55687428096e14, 6.402373705728e15,
        1.21645100408832e17, 2.43290200817664e18, 5.109094217170944e19,
        1.12400072777760768e21, 2.585201673888497664e22,
        6.2044840173323943936e23
    };
    @kaa.Coroutine
    static kaa.InProgress<BesselJResult> co_rjBesl(double x, double alpha, int nb) {
        final double[] b = new double[nb];

        int ncalc = 0;
        double alpem = 0;
        double alp2em = 0;

        // ---------------------------------------------------------------------
        // Check for out of range arguments.
        // ---------------------------------------------------------------------
        final int magx = (int) x;
        if ((nb > 0) && (x >= X_MIN) && (x <= X_MAX) && (alpha >= 0) &&
            (alpha < 1)) {
            // ---------------------------------------------------------------------
            // Initialize result array to zero.
            // ---------------------------------------------------------------------
            yield_(); ncalc = nb;
            for (int i = 0; i < nb; ++i) {
                yield_(); b[i] = 0;
            }

            // ---------------------------------------------------------------------
            // Branch to use 2-term ascending series for small X and asymptotic
            // form for large X when NB is not too large.
            // ---------------------------------------------------------------------
            double tempa;
            double tempb;
            yield_(); double tempc;
            double tover;
            if (x < RTNSIG) {
                // ---------------------------------------------------------------------
                // Two-term ascending series for small X.
                // ---------------------------------------------------------------------
                tempa = 1;
                alpem = 1 + alpha;
                double halfx = 0;
                if (x > ENMTEN) {
                    halfx = 0.5 * x;
                }
                if (alpha != 0) {
                    tempa = FastMath.pow(halfx, alpha) /
                            (alpha * Gamma.gamma(alpha));
                }
                tempb = 0;
                yield_(); if (x + 1 > 1) {
                    tempb = -halfx * halfx;
                }
                yield_(); b[0] = tempa + (tempa * tempb / alpem);
                yield_(); if ((x != 0) && (b[0] == 0)) {
                    yield_(); ncalc = 0;
                }
                if (nb != 1) {
                    yield_(); if (x <= 0) {
                        for (int n = 1; n < nb; ++n) {
                            b[n] = 0;
                        }
                    } else {
                        // ---------------------------------------------------------------------
                        // Calculate higher order functions.
                        // ---------------------------------------------------------------------
                        tempc = halfx;
                        tover = tempb != 0 ? ENMTEN / tempb :  2 * ENMTEN / x;
                        for (int n = 1; n < nb; ++n) {
                            yield_(); tempa /= alpem;
                            alpem += 1;
                            tempa *= tempc;
                            if (tempa <= tover * alpem) {
                                tempa = 0;
                            }
                            b[n] = tempa + (tempa * tempb / alpem);
                            if ((b[n] == 0) && (ncalc > n)) {
                                ncalc = n;
                            }
                        }
                    }
                }
            } else if ((x > 25.0) && (nb <= magx + 1)) {
                // ---------------------------------------------------------------------
                // Asymptotic series for X > 25
                // ---------------------------------------------------------------------
                final double xc = yield_(kaa.InProgress.finished(FastMath.sqrt(PI2 / x)));
                yield_(); final double mul = 0.125 / x;
                yield_(); final double xin = mul * mul;
                int m = 0;
                yield_(); if (x >= 130.0) {
                    m = 4;
                } else if (x >= 35.0) {
                    yield_(); m = 8;
                } else {
                    m = 11;
                }

                final double xm = 4.0 * m;
                // ---------------------------------------------------------------------
                // Argument reduction for SIN and COS routines.
                // ---------------------------------------------------------------------
                double t = (double) ((int) ((x / TWOPI) + 0.5));
                final double z = x - t * TOWPI1 - t * TWOPI2 - (alpha + 0.5) / PI2;
                double vsin = yield_(kaa.InProgress.finished(FastMath.sin(z)));
                yield_(); double vcos = yield_(kaa.InProgress.finished(FastMath.cos(z)));
                yield_(); double gnu = 2 * alpha;
                double capq;
                double capp;
                double s;
                yield_(); double t1;
                double xk;
                for (int i = 1; i <= 2; i++) {
                    s = (xm - 1 - gnu) * (xm - 1 + gnu) * xin * 0.5;
                    t = (gnu - (xm - 3.0)) * (gnu + (xm - 3.0));
                    capp = (s * t) / FACT[2 * m];
                    yield_(); t1 = (gnu - (xm + 1)) * (gnu + (xm + 1));
                    capq = (s * t1) / FACT[2 * m + 1];
                    xk = xm;
                    int k = 2 * m;
                    t1 = t;

                    for (int j = 2; j <= m; j++) {
                        yield_(); xk -= 4.0;
                        s = (xk - 1 - gnu) * (xk - 1 + gnu);
                        t = (gnu - (xk - 3.0)) * (gnu + (xk - 3.0));
                        capp = (capp + 1 / FACT[k - 2]) * s * t * xin;
                        capq = (capq + 1 / FACT[k - 1]) * s * t1 * xin;
                        yield_(); k -= 2;
                        t1 = t;
                    }

                    capp += 1;
                    capq = (capq + 1) * ((gnu * gnu) - 1) * (0.125 / x);
                    b[i - 1] = xc * (capp * vcos - capq * vsin);
                    if (nb == 1) {
                        return done(new BesselJResult(MathArrays.copyOf(b, b.length),
                                                 ncalc));
                    }
                    t = vsin;
                    vsin = -vcos;
                    vcos = t;
                    gnu += 2.0;
                }

                // ---------------------------------------------------------------------
                // If NB > 2, compute J(X,ORDER+I) I = 2, NB-1
                // ---------------------------------------------------------------------
                if (nb > 2) {
                    yield_(); gnu = 2 * alpha + 2.0;
                    yield_(); for (int j = 2; j < nb; ++j) {
                        b[j] = gnu * b[j - 1] / x - b[j - 2];
                        yield_(); gnu += 2.0;
                    }
                }
            } else {
                // ---------------------------------------------------------------------
                // Use recurrence to generate results. First initialize the
                // calculation of P*S.
                // ---------------------------------------------------------------------
                yield_(); final int nbmx = nb - magx;
                int n = magx + 1;
                yield_(); int nstart = 0;
                int nend = 0;
                yield_(); double en = 2 * (n + alpha);
                yield_(); double plast = 1;
                double p = en / x;
                double pold;
                // ---------------------------------------------------------------------
                // Calculate general significance test.
                // ---------------------------------------------------------------------
                double test = 2 * ENSIG;
                yield_(); boolean readyToInitialize = false;
                if (nbmx >= 3) {
                    // ---------------------------------------------------------------------
                    // Calculate P*S until N = NB-1. Check for possible
                    // overflow.
                    // ---------------------------------------------------------------------
                    tover = ENTEN / ENSIG;
                    nstart = magx + 2;
                    nend = nb - 1;
                    en = 2 * (nstart - 1 + alpha);
                    yield_(); double psave;
                    double psavel;
                    for (int k = nstart; k <= nend; k++) {
                        yield_(); n = k;
                        en += 2.0;
                        pold = plast;
                        yield_(); plast = p;
                        p = (en * plast / x) - pold;
                        if (p > tover) {
                            // ---------------------------------------------------------------------
                            // To avoid overflow, divide P*S by TOVER. Calculate
                            // P*S until
                            // ABS(P) > 1.
                            // ---------------------------------------------------------------------
                            yield_(); tover = ENTEN;
                            p /= tover;
                            plast /= tover;
                            psave = p;
                            psavel = plast;
                            yield_(); nstart = n + 1;
                            do {
                                n += 1;
                                yield_(); en += 2.0;
                                pold = plast;
                                plast = p;
                                p = (en * plast / x) - pold;
                            } while (p <= 1);
                            tempb = en / x;
                            // ---------------------------------------------------------------------
                            // Calculate backward test and find NCALC, the
                            // highest N such that
                            // the test is passed.
                            // ---------------------------------------------------------------------
                            test = pold * plast * (0.5 - 0.5 / (tempb * tempb));
                            test /= ENSIG;
                            p = plast * tover;
                            n -= 1;
                            yield_(); en -= 2.0;
                            nend = yield_(kaa.InProgress.finished(FastMath.min(nb, n)));
                            for (int l = nstart; l <= nend; l++) {
                                pold = psavel;
                                psavel = psave;
                                psave = (en * psavel / x) - pold;
                                yield_(); if (psave * psavel > test) {
                                    yield_(); ncalc = l - 1;
                                    readyToInitialize = true;
                                    break;
                                }
                            }
                            ncalc = nend;
                            readyToInitialize = true;
                            break;
                        }
                    }
                    if (!readyToInitialize) {
                        yield_(); n = nend;
                        en = 2 * (n + alpha);
                        // ---------------------------------------------------------------------
                        // Calculate special significance test for NBMX > 2.
                        // ---------------------------------------------------------------------
                        yield_(); test = yield_(kaa.InProgress.finished(FastMath.max(test, FastMath.sqrt(plast * ENSIG) *
                                                  FastMath.sqrt(2 * p))));
                    }
                }
                // ---------------------------------------------------------------------
                // Calculate P*S until significance test passes.
                // ---------------------------------------------------------------------
                yield_(); if (!readyToInitialize) {
                    do {
                        n += 1;
                        en += 2.0;
                        yield_(); pold = plast;
                        plast = p;
                        p = (en * plast / x) - pold;
                    } while (p < test);
                }
                // ---------------------------------------------------------------------
                // Initialize the backward recursion and the normalization sum.
                // ---------------------------------------------------------------------
                yield_(); n += 1;
                yield_(); en += 2.0;
                tempb = 0;
                tempa = 1 / p;
                int m = (2 * n) - 4 * (n / 2);
                double sum = 0;
                yield_(); double em = (double) (n / 2);
                alpem = em - 1 + alpha;
                yield_(); alp2em = 2 * em + alpha;
                if (m != 0) {
                    yield_(); sum = tempa * alpem * alp2em / em;
                }
                nend = n - nb;

                boolean readyToNormalize = false;
                boolean calculatedB0 = false;

                // ---------------------------------------------------------------------
                // Recur backward via difference equation, calculating (but not
                // storing) B(N), until N = NB.
                // ---------------------------------------------------------------------
                yield_(); for (int l = 1; l <= nend; l++) {
                    yield_(); n -= 1;
                    en -= 2.0;
                    tempc = tempb;
                    tempb = tempa;
                    yield_(); tempa = (en * tempb / x) - tempc;
                    m = 2 - m;
                    if (m != 0) {
                        yield_(); em -= 1;
                        alp2em = 2 * em + alpha;
                        yield_(); if (n == 1) {
                            break;
                        }
                        alpem = em - 1 + alpha;
                        yield_(); if (alpem == 0) {
                            alpem = 1;
                        }
                        yield_(); sum = (sum + tempa * alp2em) * alpem / em;
                    }
                }

                // ---------------------------------------------------------------------
                // Store B(NB).
                // ---------------------------------------------------------------------
                yield_(); b[n - 1] = tempa;
                yield_(); if (nend >= 0) {
                    if (nb <= 1) {
                        alp2em = alpha;
                        if (alpha + 1 == 1) {
                            yield_(); alp2em = 1;
                        }
                        sum += b[0] * alp2em;
                        yield_(); readyToNormalize = true;
                    } else {
                        // ---------------------------------------------------------------------
                        // Calculate and store B(NB-1).
                        // ---------------------------------------------------------------------
                        n -= 1;
                        en -= 2.0;
                        b[n - 1] = (en * tempa / x) - tempb;
                        if (n == 1) {
                            calculatedB0 = true;
                        } else {
                            m = 2 - m;
                            if (m != 0) {
                                em -= 1;
                                yield_(); alp2em = 2 * em + alpha;
                                alpem = em - 1 + alpha;
                                yield_(); if (alpem == 0) {
                                    alpem = 1;
                                }

                                sum = (sum + (b[n - 1] * alp2em)) * alpem / em;
                            }
                        }
                    }
                }
                yield_(); if (!readyToNormalize && !calculatedB0) {
                    nend = n - 2;
                    yield_(); if (nend != 0) {
                        // ---------------------------------------------------------------------
                        // Calculate via difference equation and store B(N),
                        // until N = 2.
                        // ---------------------------------------------------------------------

                        for (int l = 1; l <= nend; l++) {
                            n -= 1;
                            en -= 2.0;
                            b[n - 1] = (en * b[n] / x) - b[n + 1];
                            m = 2 - m;
                            if (m != 0) {
                                em -= 1;
                                alp2em = 2 * em + alpha;
                                alpem = em - 1 + alpha;
                                yield_(); if (alpem == 0) {
                                    alpem = 1;
                                }

                                sum = (sum + b[n - 1] * alp2em) * alpem / em;
                            }
                        }
                    }
                }
                // ---------------------------------------------------------------------
                // Calculate b[0]
                // ---------------------------------------------------------------------
                if (!readyToNormalize) {
                    if (!calculatedB0) {
                        b[0] = 2.0 * (alpha + 1) * b[1] / x - b[2];
                    }
                    em -= 1;
                    alp2em = 2 * em + alpha;
                    if (alp2em == 0) {
                        alp2em = 1;
                    }
                    sum += b[0] * alp2em;
                }
                // ---------------------------------------------------------------------
                // Normalize. Divide all B(N) by sum.
                // ---------------------------------------------------------------------

                yield_(); if (FastMath.abs(alpha) > 1e-16) {
                    sum *= Gamma.gamma(alpha) * FastMath.pow(x * 0.5, -alpha);
                }
                yield_(); tempa = ENMTEN;
                if (sum > 1) {
                    tempa *= sum;
                }

                yield_(); for (n = 0; n < nb; n++) {
                    yield_(); if (FastMath.abs(b[n]) < tempa) {
                        yield_(); b[n] = 0;
                    }
                    b[n] /= sum;
                }
            }
            // ---------------------------------------------------------------------
            // Error return -- X, NB, or ALPHA is out of range.
            // ---------------------------------------------------------------------
        } else {
            if (b.length > 0) {
                yield_(); b[0] = 0;
            }
            ncalc = FastMath.min(nb, 0) - 1;
        }
        return done(new BesselJResult(MathArrays.copyOf(b, b.length), ncalc));
    }
}
