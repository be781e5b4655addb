// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JScrollPane.java:JScrollPane.createHorizontalScrollBar#23 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JScrollPane_createHorizontalScrollBar_23.java
//
// ERROR Kc21221_Coroutines.java:41: non-static variable this cannot be referenced from a static context
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
//  * The coroutines of {@link Kc21221}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21221_Coroutines extends Kc21221 {
//     Kc21221_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<JScrollBar> co_createHorizontalScrollBar() {
//         return new Co_createHorizontalScrollBarMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21221#co_createHorizontalScrollBar()}.
//      */
//     private static final class Co_createHorizontalScrollBarMachine extends CoroutineMachine<JScrollBar> {
//         private final Kc21221_Coroutines self;
// 
//         Co_createHorizontalScrollBarMachine(Kc21221_Coroutines self) {
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
//                         returnWith(new JScrollPane.ScrollBar(JScrollBar.HORIZONTAL));
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
abstract class Kc21221 extends javax.swing.JScrollPane {
    @kaa.Coroutine
    kaa.InProgress<JScrollBar> co_createHorizontalScrollBar() {
        return done(new ScrollBar(JScrollBar.HORIZONTAL));
    }
}
