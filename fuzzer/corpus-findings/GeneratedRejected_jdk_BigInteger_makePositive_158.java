// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/math/BigInteger.java:BigInteger.makePositive#158 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_BigInteger_makePositive_158.java
//
// ERROR Kc27575_Coroutines.java:44: ';' expected
// ERROR Kc27575_Coroutines.java:71: ';' expected
// 
// generated source:
// package kc.java.math;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc27575}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc27575_Coroutines extends Kc27575 {
//     Kc27575_Coroutines() {
//         super();
//     }
// 
//     static InProgress<int[]> co_makePositive(int[] a) {
//         return new Co_makePositiveMachine(a).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc27575#co_makePositive(int[])}.
//      */
//     private static final class Co_makePositiveMachine extends CoroutineMachine<int[]> {
//         private int[] a;
// 
//         private int keep;
// 
//         private int i;
// 
//         private int[] result_;
// 
//         Co_makePositiveMachine(int[] a) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.a = a;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         keep=0
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // for keep < a.length && a[keep] == -1
//                         if (!(keep < a.length && a[keep] == -1)) {
//                             label = 4;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc27575.java:13  yield_()
//                         resumedFromSlice();
//                         ;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for update
//                         keep++;
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 4: { // after for
//                         i = a.length - 1
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for a[i] == 0
//                         if (!(a[i] == 0)) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc27575.java:18  yield_()
//                         resumedFromSlice();
//                         ;
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // for update
//                         i--;
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 8: { // after for
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc27575.java:19  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc27575.java:20  yield_()
//                         resumedFromSlice();
//                         if (!(i < keep)) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc27575.java:21  yield_()
//                         resumedFromSlice();
//                         result_ = new int[a.length - keep + 1];
//                         if (yieldSlice(12)) {
//                             a = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc27575.java:22  yield_()
//                         resumedFromSlice();
//                         result_[0] = 1;
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 13: { // else
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc27575.java:24  yield_()
//                         resumedFromSlice();
//                         result_ = new int[a.length - keep];
//                         result_[i - keep] = -a[i];
//                         i--;
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // for i >= keep
//                         if (!(i >= keep)) {
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(16)) {
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc27575.java:29  yield_()
//                         resumedFromSlice();
//                         result_[i - keep] = ~a[i];
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // for update
//                         i--;
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 18: { // after for
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // after if
//                         returnWith(result_);
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
//             a = null;
//             result_ = null;
//         }
//     }
// }
// 

package kc.java.math;
import static kaa.Async.*;
import java.math.*;
import java.math.BigInteger.*;
import static java.math.BigInteger.*;
abstract class Kc27575 {
    @kaa.Coroutine
    static kaa.InProgress<int[]> co_makePositive(int[] a) {
        int keep, i;

        // Find first non-sign (0xffffffff) int of input
        for (keep=0; keep < a.length && a[keep] == -1; keep++)
            { yield_(); ; }

        /* Allocate output array.  If all non-sign ints are 0x00, we must
         * allocate space for one extra output int. */
        for (i = a.length - 1; a[i] == 0; i--) // Skip trailing zeros
            { yield_(); ; }
        yield_(); int[] result;
        yield_(); if (i < keep) {
            yield_(); result = new int[a.length - keep + 1];
            yield_(); result[0] = 1;
        } else { // Exists a non-sign int that is non-zero
            yield_(); result = new int[a.length - keep];
            // Copy two's complement of input into output
            result[i - keep] = -a[i];
            i--;
            for (; i >= keep; i--)
                { yield_(); result[i - keep] = ~a[i]; }
        }
        return done(result);
    }
}
