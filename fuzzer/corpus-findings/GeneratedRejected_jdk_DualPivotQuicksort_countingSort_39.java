// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/DualPivotQuicksort.java:DualPivotQuicksort.countingSort#39 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_DualPivotQuicksort_countingSort_39.java
//
// ERROR Kc29412_Coroutines.java:148: ';' expected
// 
// generated source:
// package kc.java.util;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc29412}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc29412_Coroutines extends Kc29412 {
//     Kc29412_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Void> co_countingSort(short[] a, int low, int high) {
//         return new Co_countingSortMachine(a, low, high).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc29412#co_countingSort(short[], int, int)}.
//      */
//     private static final class Co_countingSortMachine extends CoroutineMachine<Void> {
//         private short[] a;
// 
//         private int low;
// 
//         private int high;
// 
//         private int[] count;
// 
//         private int i;
// 
//         private int i_;
// 
//         private int value;
// 
//         private int i__;
// 
//         private int value_;
// 
//         private int c;
// 
//         Co_countingSortMachine(short[] a, int low, int high) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.a = a;
//             this.low = low;
//             this.high = high;
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
//                     case 1: { // Kc29412.java:9  yield_()
//                         resumedFromSlice();
//                         count = new int[Kc29412.NUM_SHORT_VALUES];
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc29412.java:14  yield_()
//                         resumedFromSlice();
//                         i = high;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for i > low
//                         if (!(i > low)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc29412.java:14  yield_()
//                         resumedFromSlice();
//                         ;
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for update
//                         ++count[a[--i] & 0xFFFF];
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 6: { // after for
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc29412.java:19  yield_()
//                         resumedFromSlice();
//                         if (!(high - low > Kc29412.NUM_SHORT_VALUES)) {
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc29412.java:20  yield_()
//                         resumedFromSlice();
//                         i_ = Kc29412.MAX_SHORT_INDEX;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for --i > Short.MAX_VALUE
//                         if (!(--i_ > Short.MAX_VALUE)) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc29412.java:21  yield_()
//                         resumedFromSlice();
//                         value = i_ & 0xFFFF;
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc29412.java:23  yield_()
//                         resumedFromSlice();
//                         low = high - count[value]
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // for high > low
//                         if (!(high > low)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc29412.java:25  yield_()
//                         resumedFromSlice();
//                         ;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for update
//                         a[--high] = (short) value;
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 15: { // after for
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // for update
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 17: { // after for
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 18: { // else
//                         if (yieldSlice(19)) {
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc29412.java:28  yield_()
//                         resumedFromSlice();
//                         i__ = Kc29412.MAX_SHORT_INDEX;
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // for high > low
//                         if (!(high > low)) {
//                             label = 33;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(21)) {
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc29412.java:29  yield_()
//                         resumedFromSlice();
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // while (count[--i & 0xFFFF] == 0)
//                         if (!(count[--i__ & 0xFFFF] == 0)) {
//                             label = 24;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(23)) {
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc29412.java:29  yield_()
//                         resumedFromSlice();
//                         ;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 24: { // after while
//                         if (yieldSlice(25)) {
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc29412.java:31  yield_()
//                         resumedFromSlice();
//                         value_ = i__ & 0xFFFF;
//                         if (yieldSlice(26)) {
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc29412.java:32  yield_()
//                         resumedFromSlice();
//                         c = count[value_];
//                         if (yieldSlice(27)) {
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc29412.java:34  yield_()
//                         resumedFromSlice();
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // do
//                         if (yieldSlice(29)) {
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc29412.java:35  yield_()
//                         resumedFromSlice();
//                         a[--high] = (short) value_;
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // while (--c > 0)
//                         if (--c > 0) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // after do-while
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // for update
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 33: { // after for
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // after if
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
//             a = null;
//             count = null;
//         }
//     }
// }
// 

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
abstract class Kc29412 {
    static final int NUM_SHORT_VALUES = 1 << 16;
    static final int MAX_SHORT_INDEX = Short.MAX_VALUE + NUM_SHORT_VALUES + 1;
    @kaa.Coroutine
    static kaa.InProgress<Void> co_countingSort(short[] a, int low, int high) {
        yield_(); int[] count = new int[NUM_SHORT_VALUES];

        /*
         * Compute a histogram with the number of each values.
         */
        yield_(); for (int i = high; i > low; ++count[a[--i] & 0xFFFF]){ yield_(); ; }

        /*
         * Place values on their final positions.
         */
        yield_(); if (high - low > NUM_SHORT_VALUES) {
            yield_(); for (int i = MAX_SHORT_INDEX; --i > Short.MAX_VALUE; ) {
                yield_(); int value = i & 0xFFFF;

                yield_(); for (low = high - count[value]; high > low;
                    a[--high] = (short) value
                ){ yield_(); ; }
            }
        } else {
            yield_(); for (int i = MAX_SHORT_INDEX; high > low; ) {
                yield_(); while (count[--i & 0xFFFF] == 0){ yield_(); ; }

                yield_(); int value = i & 0xFFFF;
                yield_(); int c = count[value];

                yield_(); do {
                    yield_(); a[--high] = (short) value;
                } while (--c > 0);
            }
        }
    return done(); }
}
