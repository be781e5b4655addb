// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/print/MimeType.java:MimeType.addQuotes#29 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_MimeType_addQuotes_29.java
// (the plain method as written, run against the coroutine, is class Kc19592P below)
//
// ERROR Kc19592_Coroutines.java:104: ';' expected
// 
// generated source:
// package kc.javax.print;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc19592}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc19592_Coroutines extends Kc19592 {
//     Kc19592_Coroutines() {
//         super();
//     }
// 
//     static InProgress<String> co_addQuotes(String s) {
//         return new Co_addQuotesMachine(s).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc19592#co_addQuotes(java.lang.String)}.
//      */
//     private static final class Co_addQuotesMachine extends CoroutineMachine<String> {
//         private String s;
// 
//         private int n;
// 
//         private int i;
// 
//         private char c;
// 
//         private StringBuilder result_;
// 
//         Co_addQuotesMachine(String s) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.s = s;
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
//                     case 1: { // Kc19592.java:7  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(s.length()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc19592.java:7  yield_(kaa.InProgress.finished(s.length()))
//                         n = this.<Integer>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc19592.java:8  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc19592.java:9  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc19592.java:10  yield_()
//                         resumedFromSlice();
//                         result_ = new StringBuilder (n+2);
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc19592.java:11  yield_()
//                         resumedFromSlice();
//                         result_.append ('\"');
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc19592.java:12  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // for i < n
//                         if (!(i < n)) {
//                             label = 16;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc19592.java:13  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(s.charAt (i)), 10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc19592.java:13  yield_(kaa.InProgress.finished(s.charAt (i)))
//                         c = this.<Character>awaitedValue();
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc19592.java:14  yield_()
//                         resumedFromSlice();
//                         if (!(c == '\"')) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc19592.java:15  yield_()
//                         resumedFromSlice();
//                         result_.append ('\\');
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // after if
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc19592.java:17  yield_()
//                         resumedFromSlice();
//                         result_.append (c);
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // for update
//                         ++ i;
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 16: { // after for
//                         if (yieldSlice(17)) {
//                             s = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc19592.java:19  yield_()
//                         resumedFromSlice();
//                         result_.append ('\"');
//                         if (yieldSlice(18)) {
//                             s = null;
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc19592.java:20  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(result_.toString()), 19)) {
//                             s = null;
//                             result_ = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc19592.java:20  yield_(kaa.InProgress.finished(result.toString()))
//                         returnWith(this.<String>awaitedValue());
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
//             s = null;
//             result_ = null;
//         }
//     }
// }
// 

package kc.javax.print;
import static kaa.Async.*;
import javax.print.*;
abstract class Kc19592 {
    @kaa.Coroutine
    static kaa.InProgress<String> co_addQuotes(String s) {
        yield_(); int n = yield_(kaa.InProgress.finished(s.length()));
        yield_(); int i;
        yield_(); char c;
        yield_(); StringBuilder result = new StringBuilder (n+2);
        yield_(); result.append ('\"');
        yield_(); for (i = 0; i < n; ++ i) {
            yield_(); c = yield_(kaa.InProgress.finished(s.charAt (i)));
            yield_(); if (c == '\"') {
                yield_(); result.append ('\\');
            }
            yield_(); result.append (c);
        }
        yield_(); result.append ('\"');
        yield_(); return done(yield_(kaa.InProgress.finished(result.toString())));
    }
}

abstract class Kc19592P {
    static String addQuotes(String s) {
        int n = s.length();
        int i;
        char c;
        StringBuilder result = new StringBuilder (n+2);
        result.append ('\"');
        for (i = 0; i < n; ++ i) {
            c = s.charAt (i);
            if (c == '\"') {
                result.append ('\\');
            }
            result.append (c);
        }
        result.append ('\"');
        return result.toString();
    }
}
