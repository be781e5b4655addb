// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/print/MimeType.java:MimeType.removeBackslashes#28 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_MimeType_removeBackslashes_28.java
// (the plain method as written, run against the coroutine, is class Kc19591P below)
//
// ERROR Kc19591_Coroutines.java:59: ';' expected
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
//  * The coroutines of {@link Kc19591}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc19591_Coroutines extends Kc19591 {
//     Kc19591_Coroutines() {
//         super();
//     }
// 
//     static InProgress<String> co_removeBackslashes(String s) {
//         return new Co_removeBackslashesMachine(s).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc19591#co_removeBackslashes(java.lang.String)}.
//      */
//     private static final class Co_removeBackslashesMachine extends CoroutineMachine<String> {
//         private String s;
// 
//         private int n;
// 
//         private char[] result_;
// 
//         private int i;
// 
//         private int j;
// 
//         private char c;
// 
//         Co_removeBackslashesMachine(String s) {
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
//                     case 1: { // Kc19591.java:7  yield_()
//                         resumedFromSlice();
//                         n = s.length();
//                         result_ = new char [n];
//                         j = 0;
//                         i = 0
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // for i < n
//                         if (!(i < n)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         c = s.charAt (i);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc19591.java:14  yield_()
//                         resumedFromSlice();
//                         if (c == '\\') {
//                             c = s.charAt (++ i);
//                         }
//                         result_[j++] = c;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for update
//                         ++ i;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 5: { // after for
//                         returnWith(new String (result_, 0, j));
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
abstract class Kc19591 {
    @kaa.Coroutine
    static kaa.InProgress<String> co_removeBackslashes(String s) {
        yield_(); int n = s.length();
        char[] result = new char [n];
        int i;
        int j = 0;
        char c;
        for (i = 0; i < n; ++ i) {
            c = s.charAt (i);
            yield_(); if (c == '\\') {
                c = s.charAt (++ i);
            }
            result[j++] = c;
        }
        return done(new String (result, 0, j));
    }
}

abstract class Kc19591P {
    static String removeBackslashes(String s) {
        int n = s.length();
        char[] result = new char [n];
        int i;
        int j = 0;
        char c;
        for (i = 0; i < n; ++ i) {
            c = s.charAt (i);
            if (c == '\\') {
                c = s.charAt (++ i);
            }
            result[j++] = c;
        }
        return new String (result, 0, j);
    }
}
