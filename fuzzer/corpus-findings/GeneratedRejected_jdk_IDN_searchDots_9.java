// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/net/IDN.java:IDN.searchDots#9 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_IDN_searchDots_9.java
// (the plain method as written, run against the coroutine, is class Kc12044P below)
//
// ERROR Kc12044_Coroutines.java:59: ';' expected
// 
// generated source:
// package kc.java.net;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc12044}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc12044_Coroutines extends Kc12044 {
//     Kc12044_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Integer> co_searchDots(String s, int start) {
//         return new Co_searchDotsMachine(s, start).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc12044#co_searchDots(java.lang.String, int)}.
//      */
//     private static final class Co_searchDotsMachine extends CoroutineMachine<Integer> {
//         private String s;
// 
//         private int start;
// 
//         private int i;
// 
//         Co_searchDotsMachine(String s, int start) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.s = s;
//             this.start = start;
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
//                     case 1: { // Kc12044.java:12  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc12044.java:13  yield_()
//                         resumedFromSlice();
//                         i = start
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for i < s.length()
//                         if (!(i < s.length())) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc12044.java:14  yield_()
//                         resumedFromSlice();
//                         if (!(Kc12044.isLabelSeparator(s.charAt(i)))) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             s = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc12044.java:15  yield_()
//                         resumedFromSlice();
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 6: { // after if
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // for update
//                         i++;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 8: { // after for
//                         if (yieldSlice(9)) {
//                             s = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc12044.java:19  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (i));
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
//         }
//     }
// }
// 

package kc.java.net;
import static kaa.Async.*;
import java.net.*;
import java.net.IDN.*;
import static java.net.IDN.*;
abstract class Kc12044 {
    static boolean isLabelSeparator(char c) {
        return (c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61');
    }
    @kaa.Coroutine
    static kaa.InProgress<Integer> co_searchDots(String s, int start) {
        yield_(); int i;
        yield_(); for (i = start; i < s.length(); i++) {
            yield_(); if (isLabelSeparator(s.charAt(i))) {
                yield_(); break;
            }
        }

        yield_(); return done((int) (i));
    }
}

abstract class Kc12044P {
    static boolean isLabelSeparator(char c) {
        return (c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61');
    }
    static int searchDots(String s, int start) {
        int i;
        for (i = start; i < s.length(); i++) {
            if (isLabelSeparator(s.charAt(i))) {
                break;
            }
        }

        return i;
    }
}
