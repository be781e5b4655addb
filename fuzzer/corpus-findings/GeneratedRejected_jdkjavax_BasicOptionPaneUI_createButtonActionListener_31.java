// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicOptionPaneUI.java:BasicOptionPaneUI.createButtonActionListener#31 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicOptionPaneUI_createButtonActionListener_31.java
//
// ERROR Kc11164_Coroutines.java:52: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.awt.event.ActionListener;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.plaf.basic.BasicOptionPaneUI;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc11164}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc11164_Coroutines extends Kc11164 {
//     Kc11164_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<ActionListener> co_createButtonActionListener(int buttonIndex) {
//         return new Co_createButtonActionListenerMachine(this, buttonIndex).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc11164#co_createButtonActionListener(int)}.
//      */
//     private static final class Co_createButtonActionListenerMachine extends CoroutineMachine<ActionListener> {
//         private final Kc11164_Coroutines self;
// 
//         private int buttonIndex;
// 
//         Co_createButtonActionListenerMachine(Kc11164_Coroutines self, int buttonIndex) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.buttonIndex = buttonIndex;
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
//                     case 1: { // Kc11164.java:13  yield_()
//                         resumedFromSlice();
//                         returnWith(new BasicOptionPaneUI.ButtonActionListener(buttonIndex));
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

package kc.javax.swing.plaf.basic;
import javax.swing.*;
import javax.swing.event.*;
import java.awt.*;
import java.awt.event.*;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicOptionPaneUI.*;
import static javax.swing.plaf.basic.BasicOptionPaneUI.*;
abstract class Kc11164 extends javax.swing.plaf.basic.BasicOptionPaneUI {
    @kaa.Coroutine
    kaa.InProgress<ActionListener> co_createButtonActionListener(int buttonIndex) {
        yield_(); return done(new ButtonActionListener(buttonIndex));
    }
}
