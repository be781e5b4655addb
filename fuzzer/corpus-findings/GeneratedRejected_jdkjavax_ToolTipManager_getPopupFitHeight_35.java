// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/ToolTipManager.java:ToolTipManager.getPopupFitHeight#35 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_ToolTipManager_getPopupFitHeight_35.java
//
// ERROR Kc16940_Coroutines.java:69: ';' expected
// 
// generated source:
// package kc.javax.swing;
// 
// import java.awt.Component;
// import java.awt.Container;
// import java.awt.Point;
// import java.awt.Rectangle;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JApplet;
// import javax.swing.JDialog;
// import javax.swing.JFrame;
// import javax.swing.JInternalFrame;
// import javax.swing.JWindow;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc16940}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc16940_Coroutines extends Kc16940 {
//     Kc16940_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Integer> co_getPopupFitHeight(Rectangle popupRectInScreen, Component invoker) {
//         return new Co_getPopupFitHeightMachine(this, popupRectInScreen, invoker).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc16940#co_getPopupFitHeight(java.awt.Rectangle, java.awt.Component)}.
//      */
//     private static final class Co_getPopupFitHeightMachine extends CoroutineMachine<Integer> {
//         private final Kc16940_Coroutines self;
// 
//         private Rectangle popupRectInScreen;
// 
//         private Component invoker;
// 
//         private Container parent;
// 
//         Co_getPopupFitHeightMachine(Kc16940_Coroutines self, Rectangle popupRectInScreen,
//                 Component invoker) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.popupRectInScreen = popupRectInScreen;
//             this.invoker = invoker;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (!(invoker != null)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc16940.java:19  yield_()
//                         resumedFromSlice();
//                         parent = invoker.getParent()
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // for parent != null
//                         if (!(parent != null)) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (!(parent instanceof JFrame || parent instanceof JDialog ||
//                            parent instanceof JWindow)) {
//                             label = 4;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             invoker = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc16940.java:23  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (self.getHeightAdjust(parent.getBounds(),popupRectInScreen)));
//                         return;
//                     }
//                     case 4: { // else
//                         if (!(parent instanceof JApplet || parent instanceof JInternalFrame)) {
//                             label = 7;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             invoker = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc16940.java:25  yield_()
//                         resumedFromSlice();
//                         if (self.popupFrameRect == null){
//                           self.popupFrameRect = new Rectangle();
//                         }
//                         Point p = parent.getLocationOnScreen();
//                         self.popupFrameRect.setBounds(p.x,p.y,
//                                                  parent.getBounds().width,
//                                                  parent.getBounds().height);
//                         if (await(InProgress.finished(self.getHeightAdjust(self.popupFrameRect,popupRectInScreen)), 6)) {
//                             popupRectInScreen = null;
//                             invoker = null;
//                             parent = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc16940.java:32  yield_(kaa.InProgress.finished(getHeightAdjust(popupFrameRect,popupRectInScre...
//                         returnWith((int) (this.<Integer>awaitedValue()));
//                         return;
//                     }
//                     case 7: { // after if
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // after if
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for update
//                         if (await(InProgress.finished(parent.getParent()), 10)) {
//                             invoker = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc16940.java:20  yield_(kaa.InProgress.finished(parent.getParent()))
//                         parent = this.<Container>awaitedValue();
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 11: { // after for
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // after if
//                         returnWith((int) (0));
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
//             popupRectInScreen = null;
//             invoker = null;
//             parent = null;
//         }
//     }
// }
// 

package kc.javax.swing;
import java.awt.event.*;
import java.awt.*;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.ToolTipManager.*;
import static javax.swing.ToolTipManager.*;
abstract class Kc16940 {
    Rectangle popupFrameRect = null;
    int getHeightAdjust(Rectangle a, Rectangle b) {
    if (b.y >= a.y && (b.y + b.height) <= (a.y + a.height))
      return 0;
    else
      return (((b.y + b.height) - (a.y + a.height)) + 5);
  }
    @kaa.Coroutine
    kaa.InProgress<Integer> co_getPopupFitHeight(Rectangle popupRectInScreen, Component invoker) {
    if (invoker != null){
      yield_(); Container parent;
      for (parent = invoker.getParent(); parent != null; parent = yield_(kaa.InProgress.finished(parent.getParent()))){
        if(parent instanceof JFrame || parent instanceof JDialog ||
           parent instanceof JWindow) {
          yield_(); return done((int) (getHeightAdjust(parent.getBounds(),popupRectInScreen)));
        } else if (parent instanceof JApplet || parent instanceof JInternalFrame) {
          yield_(); if (popupFrameRect == null){
            popupFrameRect = new Rectangle();
          }
          Point p = parent.getLocationOnScreen();
          popupFrameRect.setBounds(p.x,p.y,
                                   parent.getBounds().width,
                                   parent.getBounds().height);
          return done((int) (yield_(kaa.InProgress.finished(getHeightAdjust(popupFrameRect,popupRectInScreen)))));
        }
      }
    }
    return done((int) (0));
  }
}
