// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/metal/MetalToolBarUI.java:MetalToolBarUI.createDockingListener#17 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_MetalToolBarUI_createDockingListener_17.java
//
// ERROR Kc18288_Coroutines.java:41: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.metal;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.event.MouseInputListener;
// import javax.swing.plaf.metal.MetalToolBarUI;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc18288}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc18288_Coroutines extends Kc18288 {
//     Kc18288_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<MouseInputListener> co_createDockingListener() {
//         return new Co_createDockingListenerMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc18288#co_createDockingListener()}.
//      */
//     private static final class Co_createDockingListenerMachine extends CoroutineMachine<MouseInputListener> {
//         private final Kc18288_Coroutines self;
// 
//         Co_createDockingListenerMachine(Kc18288_Coroutines self) {
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
//                         returnWith(new MetalToolBarUI.MetalDockingListener( self.toolBar ));
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
import javax.swing.*;
import java.awt.event.*;
import java.util.*;
import javax.swing.event.*;
import javax.swing.border.*;
import javax.swing.plaf.*;
import javax.swing.plaf.basic.*;
import static kaa.Async.*;
import javax.swing.plaf.metal.*;
import javax.swing.plaf.metal.MetalToolBarUI.*;
import static javax.swing.plaf.metal.MetalToolBarUI.*;
abstract class Kc18288 extends javax.swing.plaf.metal.MetalToolBarUI {
    @kaa.Coroutine
    kaa.InProgress<MouseInputListener> co_createDockingListener() {
        return done(new MetalDockingListener( toolBar ));
    }
}
