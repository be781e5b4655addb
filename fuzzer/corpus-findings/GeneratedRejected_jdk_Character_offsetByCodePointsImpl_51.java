// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/lang/Character.java:Character.offsetByCodePointsImpl#51 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Character_offsetByCodePointsImpl_51.java
//
// ERROR Kc12095_Coroutines.java:106: ';' expected
// ERROR Kc12095_Coroutines.java:195: ';' expected
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
//  * The coroutines of {@link Kc12095}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc12095_Coroutines extends Kc12095 {
//     Kc12095_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Integer> co_offsetByCodePointsImpl(char[] a, int start, int count, int index,
//             int codePointOffset) {
//         return new Co_offsetByCodePointsImplMachine(a, start, count, index, codePointOffset).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc12095#co_offsetByCodePointsImpl(char[], int, int, int, int)}.
//      */
//     private static final class Co_offsetByCodePointsImplMachine extends CoroutineMachine<Integer> {
//         private char[] a;
// 
//         private int start;
// 
//         private int count;
// 
//         private int index;
// 
//         private int codePointOffset;
// 
//         private int x;
// 
//         private int limit;
// 
//         private int i;
// 
//         private int i_;
// 
//         Co_offsetByCodePointsImplMachine(char[] a, int start, int count, int index,
//                 int codePointOffset) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.a = a;
//             this.start = start;
//             this.count = count;
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
//                     case 1: { // Kc12095.java:21  yield_()
//                         resumedFromSlice();
//                         x = index;
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc12095.java:22  yield_()
//                         resumedFromSlice();
//                         if (!(codePointOffset >= 0)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc12095.java:23  yield_()
//                         resumedFromSlice();
//                         limit = start + count;
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc12095.java:24  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc12095.java:25  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for x < limit && i < codePointOffset
//                         if (!(x < limit && i < codePointOffset)) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc12095.java:26  yield_()
//                         resumedFromSlice();
//                         if (!(Kc12095.isHighSurrogate(a[x++]) && x < limit &&
//                             Kc12095.isLowSurrogate(a[x]))) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc12095.java:28  yield_()
//                         resumedFromSlice();
//                         x++;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // after if
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for update
//                         i++;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 11: { // after for
//                         if (yieldSlice(12)) {
//                             a = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc12095.java:31  yield_()
//                         resumedFromSlice();
//                         if (!(i < codePointOffset)) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(13)) {
//                             a = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc12095.java:32  yield_()
//                         resumedFromSlice();
//                         throw new IndexOutOfBoundsException();
//                     }
//                     case 14: { // after if
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 15: { // else
//                         if (yieldSlice(16)) {
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc12095.java:35  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(17)) {
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc12095.java:36  yield_()
//                         resumedFromSlice();
//                         i_ = codePointOffset
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // for x > start && i < 0
//                         if (!(x > start && i_ < 0)) {
//                             label = 23;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(19)) {
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc12095.java:37  yield_()
//                         resumedFromSlice();
//                         if (!(Kc12095.isLowSurrogate(a[--x]) && x > start &&
//                             Kc12095.isHighSurrogate(a[x-1]))) {
//                             label = 21;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(20)) {
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc12095.java:39  yield_()
//                         resumedFromSlice();
//                         x--;
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // after if
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // for update
//                         i_++;
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 23: { // after for
//                         if (yieldSlice(24)) {
//                             a = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc12095.java:42  yield_()
//                         resumedFromSlice();
//                         if (!(i_ < 0)) {
//                             label = 26;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(25)) {
//                             a = null;
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc12095.java:43  yield_()
//                         resumedFromSlice();
//                         throw new IndexOutOfBoundsException();
//                     }
//                     case 26: { // after if
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // after if
//                         if (yieldSlice(28)) {
//                             a = null;
//                             return;
//                         }
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // Kc12095.java:46  yield_()
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
//             a = null;
//         }
//     }
// }
// 

package kc.java.lang;
import static kaa.Async.*;
import java.lang.*;
import java.lang.Character.*;
import static java.lang.Character.*;
abstract class Kc12095 {
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
    static kaa.InProgress<Integer> co_offsetByCodePointsImpl(char[]a, int start, int count,
                                      int index, int codePointOffset) {
        yield_(); int x = index;
        yield_(); if (codePointOffset >= 0) {
            yield_(); int limit = start + count;
            yield_(); int i;
            yield_(); for (i = 0; x < limit && i < codePointOffset; i++) {
                yield_(); if (isHighSurrogate(a[x++]) && x < limit &&
                    isLowSurrogate(a[x])) {
                    yield_(); x++;
                }
            }
            yield_(); if (i < codePointOffset) {
                yield_(); throw new IndexOutOfBoundsException();
            }
        } else {
            yield_(); int i;
            yield_(); for (i = codePointOffset; x > start && i < 0; i++) {
                yield_(); if (isLowSurrogate(a[--x]) && x > start &&
                    isHighSurrogate(a[x-1])) {
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
