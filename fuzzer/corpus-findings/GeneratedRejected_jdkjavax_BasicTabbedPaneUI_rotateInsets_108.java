// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicTabbedPaneUI.java:BasicTabbedPaneUI.rotateInsets#108 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicTabbedPaneUI_rotateInsets_108.java
//
// ERROR Kc21041_Coroutines.java:58: cannot find symbol
//   symbol:   variable LEFT
//   location: class kc.javax.swing.plaf.basic.Kc21041_Coroutines.Co_rotateInsetsMachine
// ERROR Kc21041_Coroutines.java:61: cannot find symbol
//   symbol:   variable BOTTOM
//   location: class kc.javax.swing.plaf.basic.Kc21041_Coroutines.Co_rotateInsetsMachine
// ERROR Kc21041_Coroutines.java:64: cannot find symbol
//   symbol:   variable RIGHT
//   location: class kc.javax.swing.plaf.basic.Kc21041_Coroutines.Co_rotateInsetsMachine
// ERROR Kc21041_Coroutines.java:67: cannot find symbol
//   symbol:   variable TOP
//   location: class kc.javax.swing.plaf.basic.Kc21041_Coroutines.Co_rotateInsetsMachine
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.awt.Insets;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21041}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21041_Coroutines extends Kc21041 {
//     Kc21041_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Void> co_rotateInsets(Insets topInsets, Insets targetInsets,
//             int targetPlacement) {
//         return new Co_rotateInsetsMachine(topInsets, targetInsets, targetPlacement).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21041#co_rotateInsets(java.awt.Insets, java.awt.Insets, int)}.
//      */
//     private static final class Co_rotateInsetsMachine extends CoroutineMachine<Void> {
//         private Insets topInsets;
// 
//         private Insets targetInsets;
// 
//         private int targetPlacement;
// 
//         private int selector;
// 
//         Co_rotateInsetsMachine(Insets topInsets, Insets targetInsets, int targetPlacement) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.topInsets = topInsets;
//             this.targetInsets = targetInsets;
//             this.targetPlacement = targetPlacement;
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
//                     case 1: { // Kc21041.java:11  yield_()
//                         resumedFromSlice();
//                         selector = targetPlacement;
//                         switch (selector) {
//                             case LEFT:
//                                 label = 2;
//                                 continue dispatch;
//                             case BOTTOM:
//                                 label = 4;
//                                 continue dispatch;
//                             case RIGHT:
//                                 label = 7;
//                                 continue dispatch;
//                             case TOP:
//                                 label = 10;
//                                 continue dispatch;
//                             default:
//                                 label = 11;
//                                 continue dispatch;
//                         }
//                     }
//                     case 2: { // case LEFT
//                         targetInsets.top = topInsets.left;
//                         targetInsets.left = topInsets.top;
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc21041.java:15  yield_()
//                         resumedFromSlice();
//                         targetInsets.bottom = topInsets.right;
//                         targetInsets.right = topInsets.bottom;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 4: { // case BOTTOM
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc21041.java:19  yield_()
//                         resumedFromSlice();
//                         targetInsets.top = topInsets.bottom;
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc21041.java:20  yield_()
//                         resumedFromSlice();
//                         targetInsets.left = topInsets.left;
//                         targetInsets.bottom = topInsets.top;
//                         targetInsets.right = topInsets.right;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 7: { // case RIGHT
//                         targetInsets.top = topInsets.left;
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc21041.java:26  yield_()
//                         resumedFromSlice();
//                         targetInsets.left = topInsets.bottom;
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc21041.java:27  yield_()
//                         resumedFromSlice();
//                         targetInsets.bottom = topInsets.right;
//                         targetInsets.right = topInsets.top;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 10: { // case TOP
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // default
//                         targetInsets.top = topInsets.top;
//                         targetInsets.left = topInsets.left;
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc21041.java:34  yield_()
//                         resumedFromSlice();
//                         targetInsets.bottom = topInsets.bottom;
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc21041.java:35  yield_()
//                         resumedFromSlice();
//                         targetInsets.right = topInsets.right;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // after switch
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
//             topInsets = null;
//             targetInsets = null;
//         }
//     }
// }
// 

package kc.javax.swing.plaf.basic;
import java.awt.Insets;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicTabbedPaneUI.*;
import static javax.swing.plaf.basic.BasicTabbedPaneUI.*;
abstract class Kc21041 {
    @kaa.Coroutine
    static kaa.InProgress<Void> co_rotateInsets(Insets topInsets, Insets targetInsets, int targetPlacement) {

        yield_(); switch(targetPlacement) {
          case LEFT:
              targetInsets.top = topInsets.left;
              targetInsets.left = topInsets.top;
              yield_(); targetInsets.bottom = topInsets.right;
              targetInsets.right = topInsets.bottom;
              break;
          case BOTTOM:
              yield_(); targetInsets.top = topInsets.bottom;
              yield_(); targetInsets.left = topInsets.left;
              targetInsets.bottom = topInsets.top;
              targetInsets.right = topInsets.right;
              break;
          case RIGHT:
              targetInsets.top = topInsets.left;
              yield_(); targetInsets.left = topInsets.bottom;
              yield_(); targetInsets.bottom = topInsets.right;
              targetInsets.right = topInsets.top;
              break;
          case TOP:
          default:
              targetInsets.top = topInsets.top;
              targetInsets.left = topInsets.left;
              yield_(); targetInsets.bottom = topInsets.bottom;
              yield_(); targetInsets.right = topInsets.right;
        }
    return done(); }
}
