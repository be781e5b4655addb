// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicDesktopIconUI.java:BasicDesktopIconUI.createMouseInputListener#11 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicDesktopIconUI_createMouseInputListener_11.java
//
// ERROR Kc15844_Coroutines.java:49: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.event.MouseInputListener;
// import javax.swing.plaf.basic.BasicDesktopIconUI;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc15844}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc15844_Coroutines extends Kc15844 {
//     Kc15844_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<MouseInputListener> co_createMouseInputListener() {
//         return new Co_createMouseInputListenerMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc15844#co_createMouseInputListener()}.
//      */
//     private static final class Co_createMouseInputListenerMachine extends CoroutineMachine<MouseInputListener> {
//         private final Kc15844_Coroutines self;
// 
//         Co_createMouseInputListenerMachine(Kc15844_Coroutines self) {
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
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc15844.java:16  yield_()
//                         resumedFromSlice();
//                         returnWith(new BasicDesktopIconUI.MouseInputHandler());
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
import java.awt.*;
import java.awt.event.*;
import javax.swing.*;
import javax.swing.event.*;
import javax.swing.border.*;
import javax.swing.plaf.*;
import java.beans.*;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicDesktopIconUI.*;
import static javax.swing.plaf.basic.BasicDesktopIconUI.*;
abstract class Kc15844 extends javax.swing.plaf.basic.BasicDesktopIconUI {
    @kaa.Coroutine
    kaa.InProgress<MouseInputListener> co_createMouseInputListener() {
        yield_(); return done(new MouseInputHandler());
    }
}
