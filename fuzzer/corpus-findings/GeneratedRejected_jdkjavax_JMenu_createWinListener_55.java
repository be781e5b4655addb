// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JMenu.java:JMenu.createWinListener#55 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JMenu_createWinListener_55.java
//
// ERROR Kc4865_Coroutines.java:44: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JMenu;
// import javax.swing.JPopupMenu;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc4865}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc4865_Coroutines extends Kc4865 {
//     Kc4865_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<JMenu.WinListener> co_createWinListener(JPopupMenu p) {
//         return new Co_createWinListenerMachine(this, p).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc4865#co_createWinListener(javax.swing.JPopupMenu)}.
//      */
//     private static final class Co_createWinListenerMachine extends CoroutineMachine<JMenu.WinListener> {
//         private final Kc4865_Coroutines self;
// 
//         private JPopupMenu p;
// 
//         Co_createWinListenerMachine(Kc4865_Coroutines self, JPopupMenu p) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.p = p;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         returnWith(new JMenu.WinListener(p));
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
//             p = null;
//         }
//     }
// }
// 

package kc.javax.swing;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.JMenu.*;
import static javax.swing.JMenu.*;
abstract class Kc4865 extends javax.swing.JMenu {
    @kaa.Coroutine
    kaa.InProgress<WinListener> co_createWinListener(JPopupMenu p) {
        return done(new WinListener(p));
    }
}
