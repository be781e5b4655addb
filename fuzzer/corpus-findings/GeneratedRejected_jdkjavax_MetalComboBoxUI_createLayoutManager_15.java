// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/metal/MetalComboBoxUI.java:MetalComboBoxUI.createLayoutManager#15 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_MetalComboBoxUI_createLayoutManager_15.java
//
// ERROR Kc9181_Coroutines.java:49: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.metal;
// 
// import java.awt.LayoutManager;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.plaf.metal.MetalComboBoxUI;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc9181}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc9181_Coroutines extends Kc9181 {
//     Kc9181_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<LayoutManager> co_createLayoutManager() {
//         return new Co_createLayoutManagerMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc9181#co_createLayoutManager()}.
//      */
//     private static final class Co_createLayoutManagerMachine extends CoroutineMachine<LayoutManager> {
//         private final Kc9181_Coroutines self;
// 
//         Co_createLayoutManagerMachine(Kc9181_Coroutines self) {
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
//                     case 1: { // Kc9181.java:16  yield_()
//                         resumedFromSlice();
//                         returnWith(new MetalComboBoxUI.MetalComboBoxLayoutManager());
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

package kc.javax.swing.plaf.metal;
import java.awt.*;
import java.awt.event.*;
import javax.swing.*;
import javax.swing.plaf.*;
import javax.swing.border.*;
import javax.swing.plaf.basic.*;
import java.beans.*;
import static kaa.Async.*;
import javax.swing.plaf.metal.*;
import javax.swing.plaf.metal.MetalComboBoxUI.*;
import static javax.swing.plaf.metal.MetalComboBoxUI.*;
abstract class Kc9181 extends javax.swing.plaf.metal.MetalComboBoxUI {
    @kaa.Coroutine
    kaa.InProgress<LayoutManager> co_createLayoutManager() {
        yield_(); return done(new MetalComboBoxLayoutManager());
    }
}
