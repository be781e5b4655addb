// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/DefaultDesktopManager.java:DefaultDesktopManager.findFloatingItems#27 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_DefaultDesktopManager_findFloatingItems_27.java
//
// ERROR Kc4144_Coroutines.java:91: ';' expected
// 
// generated source:
// package kc.javax.swing;
// 
// import java.awt.Component;
// import java.awt.Container;
// import java.awt.Rectangle;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JComponent;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc4144}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc4144_Coroutines extends Kc4144 {
//     Kc4144_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Rectangle[]> co_findFloatingItems(JComponent f) {
//         return new Co_findFloatingItemsMachine(this, f).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc4144#co_findFloatingItems(javax.swing.JComponent)}.
//      */
//     private static final class Co_findFloatingItemsMachine extends CoroutineMachine<Rectangle[]> {
//         private final Kc4144_Coroutines self;
// 
//         private JComponent f;
// 
//         private Component[] children;
// 
//         private int i;
// 
//         Co_findFloatingItemsMachine(Kc4144_Coroutines self, JComponent f) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.f = f;
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
//                     case 1: { // Kc4144.java:12  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(f.getParent()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc4144.java:12  yield_(kaa.InProgress.finished(f.getParent()))
//                         Container desktop = this.<Container>awaitedValue();
//                         if (await(InProgress.finished(desktop.getComponents()), 3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc4144.java:13  yield_(kaa.InProgress.finished(desktop.getComponents()))
//                         children = this.<Component[]>awaitedValue();
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc4144.java:14  yield_()
//                         resumedFromSlice();
//                         i = 0;
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc4144.java:15  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for i < children.length
//                         if (!(i < children.length)) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc4144.java:16  yield_()
//                         resumedFromSlice();
//                         if (children[i] == f) {
//                            label = 9;
//                         continue dispatch;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // for update
//                         i++;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 9: { // after for
//                         Rectangle[] floaters = new Rectangle[i];
//                         for (i = 0; i < floaters.length; i++) {
//                            floaters[i] = children[i].getBounds();
//                         }
//                         returnWith(floaters);
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
//             f = null;
//             children = null;
//         }
//     }
// }
// 

package kc.javax.swing;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.DefaultDesktopManager.*;
import static javax.swing.DefaultDesktopManager.*;
abstract class Kc4144 extends javax.swing.DefaultDesktopManager {
    @kaa.Coroutine
    kaa.InProgress<Rectangle[]> co_findFloatingItems(JComponent f) {
      yield_(); Container desktop = yield_(kaa.InProgress.finished(f.getParent()));
      Component[] children = yield_(kaa.InProgress.finished(desktop.getComponents()));
      yield_(); int i = 0;
      yield_(); for (i = 0; i < children.length; i++) {
         yield_(); if (children[i] == f) {
            break;
         }
      }
      // System.out.println(i);
      Rectangle[] floaters = new Rectangle[i];
      for (i = 0; i < floaters.length; i++) {
         floaters[i] = children[i].getBounds();
      }

      return done(floaters);
   }
}
