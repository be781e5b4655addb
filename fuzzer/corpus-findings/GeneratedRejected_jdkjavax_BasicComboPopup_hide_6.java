// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicComboPopup.java:BasicComboPopup.hide#6 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicComboPopup_hide_6.java
//
// ERROR Kc12829_Coroutines.java:68: incomparable types: javax.swing.MenuElement and kc.javax.swing.plaf.basic.Kc12829_Coroutines
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.MenuElement;
// import javax.swing.MenuSelectionManager;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc12829}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc12829_Coroutines extends Kc12829 {
//     Kc12829_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_hide() {
//         return new Co_hideMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc12829#co_hide()}.
//      */
//     private static final class Co_hideMachine extends CoroutineMachine<Void> {
//         private final Kc12829_Coroutines self;
// 
//         private MenuSelectionManager manager;
// 
//         Co_hideMachine(Kc12829_Coroutines self) {
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
//                         if (await(InProgress.finished(MenuSelectionManager.defaultManager()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc12829.java:14  yield_(kaa.InProgress.finished(MenuSelectionManager.defaultManager()))
//                         manager = this.<MenuSelectionManager>awaitedValue();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc12829.java:15  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(manager.getSelectedPath()), 3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc12829.java:15  yield_(kaa.InProgress.finished(manager.getSelectedPath()))
//                         MenuElement[] selection = this.<MenuElement[]>awaitedValue();
//                         for ( int i = 0 ; i < selection.length ; i++ ) {
//                             if ( selection[i] == self ) {
//                                 manager.clearSelectedPath();
//                                 break;
//                             }
//                         }
//                         if (selection.length > 0) {
//                             self.comboBox.repaint();
//                         }
//                         returnWith(null);
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
//             manager = null;
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
import javax.swing.plaf.basic.BasicComboPopup.*;
import static javax.swing.plaf.basic.BasicComboPopup.*;
abstract class Kc12829 {
    JComboBox<Object> comboBox;
    @kaa.Coroutine
    kaa.InProgress<Void> co_hide() {
        MenuSelectionManager manager = yield_(kaa.InProgress.finished(MenuSelectionManager.defaultManager()));
        yield_(); MenuElement [] selection = yield_(kaa.InProgress.finished(manager.getSelectedPath()));
        for ( int i = 0 ; i < selection.length ; i++ ) {
            if ( selection[i] == this ) {
                manager.clearSelectedPath();
                break;
            }
        }
        if (selection.length > 0) {
            comboBox.repaint();
        }
    return done(); }
}
