// CORPUS FINDING: GENERATED_REJECTED
// method: commons-text:org/apache/commons/text/numbers/ParsedDecimal.java:ParsedDecimal.roundUp#30 (commons-text-1.12.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-text/1.12.0/commons-text-1.12.0.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonstext_ParsedDecimal_roundUp_30.java
//
// ERROR Kc968_Coroutines.java:55: ';' expected
// 
// generated source:
// package org.apache.commons.text.numbers;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc968}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc968_Coroutines extends Kc968 {
//     Kc968_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_roundUp(int count) {
//         return new Co_roundUpMachine(this, count).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc968#co_roundUp(int)}.
//      */
//     private static final class Co_roundUpMachine extends CoroutineMachine<Void> {
//         private final Kc968_Coroutines self;
// 
//         private int count;
// 
//         private int removedDigits;
// 
//         private int i;
// 
//         Co_roundUpMachine(Kc968_Coroutines self, int count) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.count = count;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         removedDigits = self.digitCount - count;
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc968.java:31  yield_()
//                         resumedFromSlice();
//                         i = count - 1
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // for i >= 0
//                         if (!(i >= 0)) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc968.java:32  yield_()
//                         resumedFromSlice();
//                         int d = self.digits[i] + 1;
//                         if (!(d < Kc968.DECIMAL_RADIX)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         self.digits[i] = d;
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc968.java:37  yield_()
//                         resumedFromSlice();
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 5: { // after if
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc968.java:41  yield_()
//                         resumedFromSlice();
//                         ++removedDigits;
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // for update
//                         --i;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 8: { // after for
//                         if (!(i < 0)) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc968.java:46  yield_()
//                         resumedFromSlice();
//                         self.setSingleDigitValue(1, self.exponent + removedDigits);
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 10: { // else
//                         self.truncate(self.digitCount - removedDigits);
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // after if
//                         returnWith(null);
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

package org.apache.commons.text.numbers;
import static kaa.Async.*;
import org.apache.commons.text.numbers.ParsedDecimal.*;
import static org.apache.commons.text.numbers.ParsedDecimal.*;
abstract class Kc968 {
    static final int DECIMAL_RADIX = 10;
    int[] digits;
    int digitCount;
    int exponent;
    void setSingleDigitValue(final int digit, final int newExponent) {
        digits[0] = digit;
        digitCount = 1;
        exponent = newExponent;
    }
    void truncate(final int count) {
        // trim all trailing zero digits, making sure to leave
        // at least one digit left
        int nonZeroCount = count;
        for (int i = count - 1;
                i > 0 && digits[i] == 0;
                --i) {
            --nonZeroCount;
        }
        exponent += digitCount - nonZeroCount;
        digitCount = nonZeroCount;
    }
    @kaa.Coroutine
    kaa.InProgress<Void> co_roundUp(final int count) {
        int removedDigits = digitCount - count;
        int i;
        yield_(); for (i = count - 1; i >= 0; --i) {
            yield_(); final int d = digits[i] + 1;

            if (d < DECIMAL_RADIX) {
                // value did not carry over; done adding
                digits[i] = d;
                yield_(); break;
            }
            // value carried over; the current position is 0
            // which we will ignore by shortening the digit count
            yield_(); ++removedDigits;
        }

        if (i < 0) {
            // all values carried over
            yield_(); setSingleDigitValue(1, exponent + removedDigits);
        } else {
            // values were updated in-place; just need to update the length
            truncate(digitCount - removedDigits);
        }
    return done(); }
}
