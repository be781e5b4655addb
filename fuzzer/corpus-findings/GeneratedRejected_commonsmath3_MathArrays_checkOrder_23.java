// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/util/MathArrays.java:MathArrays.checkOrder#23 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_MathArrays_checkOrder_23.java
//
// ERROR Kc3021_Coroutines.java:93: ';' expected
// 
// generated source:
// package org.apache.commons.math3.util;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.math3.exception.MathInternalError;
// import org.apache.commons.math3.exception.NonMonotonicSequenceException;
// 
// /**
//  * The coroutines of {@link Kc3021}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc3021_Coroutines extends Kc3021 {
//     Kc3021_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Boolean> co_checkOrder(double[] val, MathArrays.OrderDirection dir,
//             boolean strict, boolean abort) throws NonMonotonicSequenceException {
//         return new Co_checkOrderMachine(val, dir, strict, abort).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc3021#co_checkOrder(double[], org.apache.commons.math3.util.MathArrays.OrderDirection, boolean, boolean)}.
//      */
//     private static final class Co_checkOrderMachine extends CoroutineMachine<Boolean> {
//         private double[] val;
// 
//         private MathArrays.OrderDirection dir;
// 
//         private boolean strict;
// 
//         private boolean abort;
// 
//         private double previous;
// 
//         private int max;
// 
//         private int index;
// 
//         private MathArrays.OrderDirection selector;
// 
//         Co_checkOrderMachine(double[] val, MathArrays.OrderDirection dir, boolean strict,
//                 boolean abort) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.val = val;
//             this.dir = dir;
//             this.strict = strict;
//             this.abort = abort;
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
//                     case 1: { // Kc3021.java:11  yield_()
//                         resumedFromSlice();
//                         previous = val[0];
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc3021.java:12  yield_()
//                         resumedFromSlice();
//                         max = val.length;
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc3021.java:14  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc3021.java:15  yield_()
//                         resumedFromSlice();
//                         index = 1
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for index < max
//                         if (!(index < max)) {
//                             label = 34;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc3021.java:17  yield_()
//                         resumedFromSlice();
//                         selector = dir;
//                         switch (selector) {
//                             case INCREASING:
//                                 label = 7;
//                                 continue dispatch;
//                             case DECREASING:
//                                 label = 18;
//                                 continue dispatch;
//                             default:
//                                 label = 29;
//                                 continue dispatch;
//                         }
//                     }
//                     case 7: { // case INCREASING
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc3021.java:19  yield_()
//                         resumedFromSlice();
//                         if (!(strict)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc3021.java:20  yield_()
//                         resumedFromSlice();
//                         if (!(val[index] <= previous)) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             selector = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc3021.java:21  yield_()
//                         resumedFromSlice();
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 11: { // after if
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 12: { // else
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc3021.java:24  yield_()
//                         resumedFromSlice();
//                         if (!(val[index] < previous)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(14)) {
//                             selector = null;
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc3021.java:25  yield_()
//                         resumedFromSlice();
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 15: { // after if
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // after if
//                         if (yieldSlice(17)) {
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc3021.java:28  yield_()
//                         resumedFromSlice();
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 18: { // case DECREASING
//                         if (yieldSlice(19)) {
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc3021.java:30  yield_()
//                         resumedFromSlice();
//                         if (!(strict)) {
//                             label = 23;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(20)) {
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc3021.java:31  yield_()
//                         resumedFromSlice();
//                         if (!(val[index] >= previous)) {
//                             label = 22;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(21)) {
//                             selector = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc3021.java:32  yield_()
//                         resumedFromSlice();
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 22: { // after if
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 23: { // else
//                         if (yieldSlice(24)) {
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc3021.java:35  yield_()
//                         resumedFromSlice();
//                         if (!(val[index] > previous)) {
//                             label = 26;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(25)) {
//                             selector = null;
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc3021.java:36  yield_()
//                         resumedFromSlice();
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 26: { // after if
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // after if
//                         if (yieldSlice(28)) {
//                             return;
//                         }
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // Kc3021.java:39  yield_()
//                         resumedFromSlice();
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 29: { // default
//                         if (yieldSlice(30)) {
//                             val = null;
//                             dir = null;
//                             selector = null;
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc3021.java:42  yield_()
//                         resumedFromSlice();
//                         throw new MathInternalError();
//                     }
//                     case 31: { // after switch
//                         if (yieldSlice(32)) {
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc3021.java:45  yield_()
//                         resumedFromSlice();
//                         previous = val[index];
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // for update
//                         index++;
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 34: { // after for
//                         if (yieldSlice(35)) {
//                             selector = null;
//                             return;
//                         }
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 35: { // Kc3021.java:48  yield_()
//                         resumedFromSlice();
//                         if (!(index == max)) {
//                             label = 37;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(36)) {
//                             val = null;
//                             dir = null;
//                             selector = null;
//                             return;
//                         }
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // Kc3021.java:50  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (true));
//                         return;
//                     }
//                     case 37: { // after if
//                         if (yieldSlice(38)) {
//                             selector = null;
//                             return;
//                         }
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 38: { // Kc3021.java:54  yield_()
//                         resumedFromSlice();
//                         if (!(abort)) {
//                             label = 40;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(39)) {
//                             selector = null;
//                             return;
//                         }
//                         label = 39;
//                         continue dispatch;
//                     }
//                     case 39: { // Kc3021.java:55  yield_()
//                         resumedFromSlice();
//                         throw new NonMonotonicSequenceException(val[index], previous, index, dir, strict);
//                     }
//                     case 40: { // else
//                         if (yieldSlice(41)) {
//                             val = null;
//                             dir = null;
//                             selector = null;
//                             return;
//                         }
//                         label = 41;
//                         continue dispatch;
//                     }
//                     case 41: { // Kc3021.java:57  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (false));
//                         return;
//                     }
//                     case 42: { // after if
//                         throw new IllegalStateException("the coroutine body ended without return");
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
// 
//         @Override
//         protected void clearFields() {
//             val = null;
//             dir = null;
//             selector = null;
//         }
//     }
// }
// 

package org.apache.commons.math3.util;
import org.apache.commons.math3.exception.MathInternalError;
import org.apache.commons.math3.exception.NonMonotonicSequenceException;
import static kaa.Async.*;
import org.apache.commons.math3.util.MathArrays.*;
import static org.apache.commons.math3.util.MathArrays.*;
abstract class Kc3021 {
    @kaa.Coroutine
    static kaa.InProgress<Boolean> co_checkOrder(double[] val, OrderDirection dir,
                                     boolean strict, boolean abort) throws NonMonotonicSequenceException {
        yield_(); double previous = val[0];
        yield_(); final int max = val.length;

        yield_(); int index;
        yield_(); ITEM:
        for (index = 1; index < max; index++) {
            yield_(); switch (dir) {
            case INCREASING:
                yield_(); if (strict) {
                    yield_(); if (val[index] <= previous) {
                        yield_(); break ITEM;
                    }
                } else {
                    yield_(); if (val[index] < previous) {
                        yield_(); break ITEM;
                    }
                }
                yield_(); break;
            case DECREASING:
                yield_(); if (strict) {
                    yield_(); if (val[index] >= previous) {
                        yield_(); break ITEM;
                    }
                } else {
                    yield_(); if (val[index] > previous) {
                        yield_(); break ITEM;
                    }
                }
                yield_(); break;
            default:
                // Should never happen.
                yield_(); throw new MathInternalError();
            }

            yield_(); previous = val[index];
        }

        yield_(); if (index == max) {
            // Loop completed.
            yield_(); return done((boolean) (true));
        }

        // Loop early exit means wrong ordering.
        yield_(); if (abort) {
            yield_(); throw new NonMonotonicSequenceException(val[index], previous, index, dir, strict);
        } else {
            yield_(); return done((boolean) (false));
        }
    }
}
