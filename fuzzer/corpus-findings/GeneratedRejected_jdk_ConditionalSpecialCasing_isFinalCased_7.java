// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/lang/ConditionalSpecialCasing.java:ConditionalSpecialCasing.isFinalCased#7 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ConditionalSpecialCasing_isFinalCased_7.java
//
// ERROR Kc30132_Coroutines.java:125: ';' expected
// 
// generated source:
// package kc.java.lang;
// 
// import java.text.BreakIterator;
// import java.util.Locale;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc30132}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc30132_Coroutines extends Kc30132 {
//     Kc30132_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Boolean> co_isFinalCased(String src, int index, Locale locale) {
//         return new Co_isFinalCasedMachine(src, index, locale).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc30132#co_isFinalCased(java.lang.String, int, java.util.Locale)}.
//      */
//     private static final class Co_isFinalCasedMachine extends CoroutineMachine<Boolean> {
//         private String src;
// 
//         private int index;
// 
//         private Locale locale;
// 
//         private BreakIterator wordBoundary;
// 
//         private int ch;
// 
//         private int i;
// 
//         private int len;
// 
//         private Boolean result;
// 
//         Co_isFinalCasedMachine(String src, int index, Locale locale) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.src = src;
//             this.index = index;
//             this.locale = locale;
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
//                     case 1: { // Kc30132.java:49  yield_()
//                         resumedFromSlice();
//                         wordBoundary = BreakIterator.getWordInstance(locale);
//                         wordBoundary.setText(src);
//                         if (yieldSlice(2)) {
//                             locale = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc30132.java:51  yield_()
//                         resumedFromSlice();
//                         i = index;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for (i >= 0) && !wordBoundary.isBoundary(i)
//                         if (!((i >= 0) && !wordBoundary.isBoundary(i))) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             locale = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc30132.java:57  yield_()
//                         resumedFromSlice();
//                         ch = src.codePointBefore(i);
//                         if (!(Kc30132.isCased(ch))) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             locale = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc30132.java:60  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(src.length()), 6)) {
//                             locale = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc30132.java:60  yield_(kaa.InProgress.finished(src.length()))
//                         len = this.<Integer>awaitedValue();
//                         if (yieldSlice(7)) {
//                             locale = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc30132.java:62  yield_()
//                         resumedFromSlice();
//                         i = index + Character.charCount(src.codePointAt(index))
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // for (i < len) && !wordBoundary.isBoundary(i)
//                         if (!((i < len) && !wordBoundary.isBoundary(i))) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         ch = src.codePointAt(i);
//                         if (yieldSlice(9)) {
//                             locale = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc30132.java:67  yield_()
//                         resumedFromSlice();
//                         if (Kc30132.isCased(ch)) {
//                             result = (boolean) (false);
//                             label = 16;
//                             continue dispatch;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for update
//                         i += Character.charCount(ch);
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 11: { // after for
//                         returnWith((boolean) (true));
//                         return;
//                     }
//                     case 12: { // after if
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // for update
//                         i -= Character.charCount(ch);
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 14: { // after for
//                         if (yieldSlice(15)) {
//                             src = null;
//                             locale = null;
//                             wordBoundary = null;
//                             result = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc30132.java:76  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (false));
//                         return;
//                     }
//                     case 16: { // return done(...)
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
//             src = null;
//             locale = null;
//             wordBoundary = null;
//             result = null;
//         }
//     }
// }
// 

package kc.java.lang;
import java.text.BreakIterator;
import java.util.Locale;
import static kaa.Async.*;
import java.lang.*;
abstract class Kc30132 {
    static boolean isCased(int ch) {
        int type = Character.getType(ch);
        if (type == Character.LOWERCASE_LETTER ||
                type == Character.UPPERCASE_LETTER ||
                type == Character.TITLECASE_LETTER) {
            return true;
        } else {
            // Check for Other_Lowercase and Other_Uppercase
            //
            if ((ch >= 0x02B0) && (ch <= 0x02B8)) {
                // MODIFIER LETTER SMALL H..MODIFIER LETTER SMALL Y
                return true;
            } else if ((ch >= 0x02C0) && (ch <= 0x02C1)) {
                // MODIFIER LETTER GLOTTAL STOP..MODIFIER LETTER REVERSED GLOTTAL STOP
                return true;
            } else if ((ch >= 0x02E0) && (ch <= 0x02E4)) {
                // MODIFIER LETTER SMALL GAMMA..MODIFIER LETTER SMALL REVERSED GLOTTAL STOP
                return true;
            } else if (ch == 0x0345) {
                // COMBINING GREEK YPOGEGRAMMENI
                return true;
            } else if (ch == 0x037A) {
                // GREEK YPOGEGRAMMENI
                return true;
            } else if ((ch >= 0x1D2C) && (ch <= 0x1D61)) {
                // MODIFIER LETTER CAPITAL A..MODIFIER LETTER SMALL CHI
                return true;
            } else if ((ch >= 0x2160) && (ch <= 0x217F)) {
                // ROMAN NUMERAL ONE..ROMAN NUMERAL ONE THOUSAND
                // SMALL ROMAN NUMERAL ONE..SMALL ROMAN NUMERAL ONE THOUSAND
                return true;
            } else if ((ch >= 0x24B6) && (ch <= 0x24E9)) {
                // CIRCLED LATIN CAPITAL LETTER A..CIRCLED LATIN CAPITAL LETTER Z
                // CIRCLED LATIN SMALL LETTER A..CIRCLED LATIN SMALL LETTER Z
                return true;
            } else {
                return false;
            }
        }
    }
    @kaa.Coroutine
    static kaa.InProgress<Boolean> co_isFinalCased(String src, int index, Locale locale) {
        yield_(); BreakIterator wordBoundary = BreakIterator.getWordInstance(locale);
        wordBoundary.setText(src);
        yield_(); int ch;

        // Look for a preceding 'cased' letter
        for (int i = index; (i >= 0) && !wordBoundary.isBoundary(i);
                i -= Character.charCount(ch)) {

            yield_(); ch = src.codePointBefore(i);
            if (isCased(ch)) {

                yield_(); int len = yield_(kaa.InProgress.finished(src.length()));
                // Check that there is no 'cased' letter after the index
                yield_(); for (i = index + Character.charCount(src.codePointAt(index));
                        (i < len) && !wordBoundary.isBoundary(i);
                        i += Character.charCount(ch)) {

                    ch = src.codePointAt(i);
                    yield_(); if (isCased(ch)) {
                        return done((boolean) (false));
                    }
                }

                return done((boolean) (true));
            }
        }

        yield_(); return done((boolean) (false));
    }
}
