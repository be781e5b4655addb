// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicSplitPaneUI.java:BasicSplitPaneUI.createKeyboardDownRightListener#17 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicSplitPaneUI_createKeyboardDownRightListener_17.java
//
// ERROR Kc14058_Coroutines.java:41: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.awt.event.ActionListener;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.plaf.basic.BasicSplitPaneUI;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc14058}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc14058_Coroutines extends Kc14058 {
//     Kc14058_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<ActionListener> co_createKeyboardDownRightListener() {
//         return new Co_createKeyboardDownRightListenerMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc14058#co_createKeyboardDownRightListener()}.
//      */
//     private static final class Co_createKeyboardDownRightListenerMachine extends CoroutineMachine<ActionListener> {
//         private final Kc14058_Coroutines self;
// 
//         Co_createKeyboardDownRightListenerMachine(Kc14058_Coroutines self) {
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
//                         returnWith(new BasicSplitPaneUI.KeyboardDownRightHandler());
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
import java.awt.*;
import java.awt.event.*;
import java.beans.*;
import java.util.*;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicSplitPaneUI.*;
import static javax.swing.plaf.basic.BasicSplitPaneUI.*;
abstract class Kc14058 extends javax.swing.plaf.basic.BasicSplitPaneUI {
    @kaa.Coroutine
    kaa.InProgress<ActionListener> co_createKeyboardDownRightListener() {
        return done(new KeyboardDownRightHandler());
    }
}
