// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/lang/Character.java:Character.offsetByCodePoints#49 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Character_offsetByCodePoints_49.java
//
// ERROR Kc12093_Coroutines.java:130: ';' expected
// ERROR Kc12093_Coroutines.java:219: ';' expected
// 
// generated source:
// package kc.java.lang;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc12093}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc12093_Coroutines extends Kc12093 {
//     Kc12093_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Integer> co_offsetByCodePoints(CharSequence seq, int index,
//             int codePointOffset) {
//         return new Co_offsetByCodePointsMachine(seq, index, codePointOffset).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc12093#co_offsetByCodePoints(java.lang.CharSequence, int, int)}.
//      */
//     private static final class Co_offsetByCodePointsMachine extends CoroutineMachine<Integer> {
//         private CharSequence seq;
// 
//         private int index;
// 
//         private int codePointOffset;
// 
//         private int length;
// 
//         private int x;
// 
//         private int i;
// 
//         private int i_;
// 
//         Co_offsetByCodePointsMachine(CharSequence seq, int index, int codePointOffset) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.seq = seq;
//             this.index = index;
//             this.codePointOffset = codePointOffset;
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
//                     case 1: { // Kc12093.java:21  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(seq.length()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc12093.java:21  yield_(kaa.InProgress.finished(seq.length()))
//                         length = this.<Integer>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc12093.java:22  yield_()
//                         resumedFromSlice();
//                         if (!(index < 0 || index > length)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             seq = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc12093.java:23  yield_()
//                         resumedFromSlice();
//                         throw new IndexOutOfBoundsException();
//                     }
//                     case 5: { // after if
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc12093.java:26  yield_()
//                         resumedFromSlice();
//                         x = index;
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc12093.java:27  yield_()
//                         resumedFromSlice();
//                         if (!(codePointOffset >= 0)) {
//                             label = 19;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc12093.java:28  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc12093.java:29  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for x < length && i < codePointOffset
//                         if (!(x < length && i < codePointOffset)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc12093.java:30  yield_()
//                         resumedFromSlice();
//                         if (!(Kc12093.isHighSurrogate(seq.charAt(x++)) && x < length &&
//                             Kc12093.isLowSurrogate(seq.charAt(x)))) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc12093.java:32  yield_()
//                         resumedFromSlice();
//                         x++;
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // after if
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for update
//                         i++;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 15: { // after for
//                         if (yieldSlice(16)) {
//                             seq = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc12093.java:35  yield_()
//                         resumedFromSlice();
//                         if (!(i < codePointOffset)) {
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(17)) {
//                             seq = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc12093.java:36  yield_()
//                         resumedFromSlice();
//                         throw new IndexOutOfBoundsException();
//                     }
//                     case 18: { // after if
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 19: { // else
//                         if (yieldSlice(20)) {
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc12093.java:39  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(21)) {
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc12093.java:40  yield_()
//                         resumedFromSlice();
//                         i_ = codePointOffset
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // for x > 0 && i < 0
//                         if (!(x > 0 && i_ < 0)) {
//                             label = 27;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(23)) {
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc12093.java:41  yield_()
//                         resumedFromSlice();
//                         if (!(Kc12093.isLowSurrogate(seq.charAt(--x)) && x > 0 &&
//                             Kc12093.isHighSurrogate(seq.charAt(x-1)))) {
//                             label = 25;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(24)) {
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc12093.java:43  yield_()
//                         resumedFromSlice();
//                         x--;
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // after if
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // for update
//                         i_++;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 27: { // after for
//                         if (yieldSlice(28)) {
//                             seq = null;
//                             return;
//                         }
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // Kc12093.java:46  yield_()
//                         resumedFromSlice();
//                         if (!(i_ < 0)) {
//                             label = 30;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(29)) {
//                             seq = null;
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc12093.java:47  yield_()
//                         resumedFromSlice();
//                         throw new IndexOutOfBoundsException();
//                     }
//                     case 30: { // after if
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // after if
//                         if (yieldSlice(32)) {
//                             seq = null;
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc12093.java:50  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (x));
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
//             seq = null;
//         }
//     }
// }
// 

package kc.java.lang;
import static kaa.Async.*;
import java.lang.*;
import java.lang.Character.*;
import static java.lang.Character.*;
abstract class Kc12093 {
    static boolean isHighSurrogate(char ch) {
        // Help VM constant-fold; MAX_HIGH_SURROGATE + 1 == MIN_LOW_SURROGATE
        return ch >= MIN_HIGH_SURROGATE && ch < (MAX_HIGH_SURROGATE + 1);
    }
    static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch < (MAX_LOW_SURROGATE + 1);
    }
    static final char MIN_HIGH_SURROGATE = '\uD800';
    static final char MAX_HIGH_SURROGATE = '\uDBFF';
    static final char MIN_LOW_SURROGATE = '\uDC00';
    static final char MAX_LOW_SURROGATE = '\uDFFF';
    @kaa.Coroutine
    static kaa.InProgress<Integer> co_offsetByCodePoints(CharSequence seq, int index,
                                         int codePointOffset) {
        yield_(); int length = yield_(kaa.InProgress.finished(seq.length()));
        yield_(); if (index < 0 || index > length) {
            yield_(); throw new IndexOutOfBoundsException();
        }

        yield_(); int x = index;
        yield_(); if (codePointOffset >= 0) {
            yield_(); int i;
            yield_(); for (i = 0; x < length && i < codePointOffset; i++) {
                yield_(); if (isHighSurrogate(seq.charAt(x++)) && x < length &&
                    isLowSurrogate(seq.charAt(x))) {
                    yield_(); x++;
                }
            }
            yield_(); if (i < codePointOffset) {
                yield_(); throw new IndexOutOfBoundsException();
            }
        } else {
            yield_(); int i;
            yield_(); for (i = codePointOffset; x > 0 && i < 0; i++) {
                yield_(); if (isLowSurrogate(seq.charAt(--x)) && x > 0 &&
                    isHighSurrogate(seq.charAt(x-1))) {
                    yield_(); x--;
                }
            }
            yield_(); if (i < 0) {
                yield_(); throw new IndexOutOfBoundsException();
            }
        }
        yield_(); return done((int) (x));
    }
}
