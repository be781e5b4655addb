// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicCheckBoxMenuItemUI.java:BasicCheckBoxMenuItemUI.processMouseEvent#4 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicCheckBoxMenuItemUI_processMouseEvent_4.java
//
// ERROR Kc8300_Coroutines.java:203: ';' expected
// ERROR Kc8300_Coroutines.java:204: ';' expected
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.awt.Point;
// import java.awt.event.MouseEvent;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JMenuItem;
// import javax.swing.MenuElement;
// import javax.swing.MenuSelectionManager;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc8300}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc8300_Coroutines extends Kc8300 {
//     Kc8300_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_processMouseEvent(JMenuItem item, MouseEvent e, MenuElement[] path,
//             MenuSelectionManager manager) {
//         return new Co_processMouseEventMachine(this, item, e, path, manager).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc8300#co_processMouseEvent(javax.swing.JMenuItem, java.awt.event.MouseEvent, javax.swing.MenuElement[], javax.swing.MenuSelectionManager)}.
//      */
//     private static final class Co_processMouseEventMachine extends CoroutineMachine<Void> {
//         private final Kc8300_Coroutines self;
// 
//         private JMenuItem item;
// 
//         private MouseEvent e;
// 
//         private MenuElement[] path;
// 
//         private MenuSelectionManager manager;
// 
//         private Point p;
// 
//         private MenuElement[] newPath;
// 
//         private int i;
// 
//         private int c;
// 
//         Co_processMouseEventMachine(Kc8300_Coroutines self, JMenuItem item, MouseEvent e,
//                 MenuElement[] path, MenuSelectionManager manager) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.item = item;
//             this.e = e;
//             this.path = path;
//             this.manager = manager;
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
//                     case 1: { // Kc8300.java:13  yield_()
//                         resumedFromSlice();
//                         p = e.getPoint();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc8300.java:14  yield_()
//                         resumedFromSlice();
//                         if (!(p.x >= 0 && p.x < item.getWidth() &&
//                            p.y >= 0 && p.y < item.getHeight())) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             p = null;
//                             newPath = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc8300.java:16  yield_()
//                         resumedFromSlice();
//                         if (!(e.getID() == MouseEvent.MOUSE_RELEASED)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             e = null;
//                             path = null;
//                             p = null;
//                             newPath = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc8300.java:17  yield_()
//                         resumedFromSlice();
//                         manager.clearSelectedPath();
//                         if (yieldSlice(5)) {
//                             e = null;
//                             path = null;
//                             manager = null;
//                             p = null;
//                             newPath = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc8300.java:18  yield_()
//                         resumedFromSlice();
//                         item.doClick(0);
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 6: { // else
//                         if (yieldSlice(7)) {
//                             item = null;
//                             e = null;
//                             p = null;
//                             newPath = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc8300.java:20  yield_()
//                         resumedFromSlice();
//                         manager.setSelectedPath(path);
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // after if
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 9: { // else
//                         if (!(item.getModel().isArmed())) {
//                             label = 19;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             item = null;
//                             e = null;
//                             p = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc8300.java:22  yield_()
//                         resumedFromSlice();
//                         newPath = new MenuElement[path.length-1];
//                         if (yieldSlice(11)) {
//                             item = null;
//                             e = null;
//                             p = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc8300.java:23  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(12)) {
//                             item = null;
//                             e = null;
//                             p = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc8300.java:23  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(13)) {
//                             item = null;
//                             e = null;
//                             p = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc8300.java:24  yield_()
//                         resumedFromSlice();
//                         i=0
//                         c=path.length-1
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for i<c
//                         if (!(i<c)) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(15)) {
//                             item = null;
//                             e = null;
//                             p = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc8300.java:25  yield_()
//                         resumedFromSlice();
//                         newPath[i] = path[i];
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // for update
//                         i++;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 17: { // after for
//                         if (yieldSlice(18)) {
//                             item = null;
//                             e = null;
//                             path = null;
//                             p = null;
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc8300.java:26  yield_()
//                         resumedFromSlice();
//                         manager.setSelectedPath(newPath);
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // after if
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // after if
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
//             item = null;
//             e = null;
//             path = null;
//             manager = null;
//             p = null;
//             newPath = null;
//         }
//     }
// }
// 

package kc.javax.swing.plaf.basic;
import java.awt.*;
import java.awt.event.*;
import javax.swing.*;
import javax.swing.plaf.*;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicCheckBoxMenuItemUI.*;
import static javax.swing.plaf.basic.BasicCheckBoxMenuItemUI.*;
abstract class Kc8300 extends javax.swing.plaf.basic.BasicCheckBoxMenuItemUI {
    @kaa.Coroutine
    kaa.InProgress<Void> co_processMouseEvent(JMenuItem item,MouseEvent e,MenuElement[] path,MenuSelectionManager manager) {
        yield_(); Point p = e.getPoint();
        yield_(); if(p.x >= 0 && p.x < item.getWidth() &&
           p.y >= 0 && p.y < item.getHeight()) {
            yield_(); if(e.getID() == MouseEvent.MOUSE_RELEASED) {
                yield_(); manager.clearSelectedPath();
                yield_(); item.doClick(0);
            } else
                { yield_(); manager.setSelectedPath(path); }
        } else if(item.getModel().isArmed()) {
            yield_(); MenuElement[] newPath = new MenuElement[path.length-1];
            yield_(); yield_(); int i,c;
            yield_(); for(i=0,c=path.length-1;i<c;i++)
                { yield_(); newPath[i] = path[i]; }
            yield_(); manager.setSelectedPath(newPath);
        }
    return done(); }
}
