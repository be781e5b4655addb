// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JScrollPane.java:JScrollPane.createVerticalScrollBar#26 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JScrollPane_createVerticalScrollBar_26.java
//
// ERROR Kc21224_Coroutines.java:41: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JScrollBar;
// import javax.swing.JScrollPane;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21224}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21224_Coroutines extends Kc21224 {
//     Kc21224_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<JScrollBar> co_createVerticalScrollBar() {
//         return new Co_createVerticalScrollBarMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21224#co_createVerticalScrollBar()}.
//      */
//     private static final class Co_createVerticalScrollBarMachine extends CoroutineMachine<JScrollBar> {
//         private final Kc21224_Coroutines self;
// 
//         Co_createVerticalScrollBarMachine(Kc21224_Coroutines self) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         returnWith(new JScrollPane.ScrollBar(JScrollBar.VERTICAL));
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

package kc.javax.swing;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.JScrollPane.*;
import static javax.swing.JScrollPane.*;
abstract class Kc21224 extends javax.swing.JScrollPane {
    @kaa.Coroutine
    kaa.InProgress<JScrollBar> co_createVerticalScrollBar() {
        return done(new ScrollBar(JScrollBar.VERTICAL));
    }
}
