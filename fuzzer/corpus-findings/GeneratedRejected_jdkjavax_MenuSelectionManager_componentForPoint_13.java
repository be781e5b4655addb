// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/MenuSelectionManager.java:MenuSelectionManager.componentForPoint#13 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_MenuSelectionManager_componentForPoint_13.java
//
// ERROR Kc19711_Coroutines.java:209: ';' expected
// ERROR Kc19711_Coroutines.java:238: ';' expected
// ERROR Kc19711_Coroutines.java:239: ';' expected
// 
// generated source:
// package kc.javax.swing;
// 
// import java.awt.Component;
// import java.awt.Point;
// import java.awt.Rectangle;
// import java.util.Vector;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JComponent;
// import javax.swing.MenuElement;
// import javax.swing.SwingUtilities;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc19711}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc19711_Coroutines extends Kc19711 {
//     Kc19711_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Component> co_componentForPoint(Component source, Point sourcePoint) {
//         return new Co_componentForPointMachine(this, source, sourcePoint).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc19711#co_componentForPoint(java.awt.Component, java.awt.Point)}.
//      */
//     private static final class Co_componentForPointMachine extends CoroutineMachine<Component> {
//         private final Kc19711_Coroutines self;
// 
//         private Component source;
// 
//         private Point sourcePoint;
// 
//         private int screenX;
// 
//         private int screenY;
// 
//         private Point p;
// 
//         private int i;
// 
//         private int j;
// 
//         private int d;
// 
//         private Component mc;
// 
//         private Rectangle r2;
// 
//         private int cWidth;
// 
//         private int cHeight;
// 
//         private MenuElement menuElement;
// 
//         private MenuElement[] subElements;
// 
//         private int selectionSize;
// 
//         private Vector<MenuElement> tmp;
// 
//         private Component result;
// 
//         Co_componentForPointMachine(Kc19711_Coroutines self, Component source, Point sourcePoint) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.source = source;
//             this.sourcePoint = sourcePoint;
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
//                     case 1: { // Kc19711.java:14  yield_()
//                         resumedFromSlice();
//                         p = sourcePoint;
//                         if (yieldSlice(2)) {
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc19711.java:16  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(3)) {
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc19711.java:16  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(4)) {
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc19711.java:16  yield_()
//                         resumedFromSlice();
//                         int c;
//                         if (yieldSlice(5)) {
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc19711.java:18  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(6)) {
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc19711.java:20  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(7)) {
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc19711.java:22  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(8)) {
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc19711.java:24  yield_()
//                         resumedFromSlice();
//                         SwingUtilities.convertPointToScreen(p,source);
//                         if (yieldSlice(9)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc19711.java:26  yield_()
//                         resumedFromSlice();
//                         screenX = p.x;
//                         if (yieldSlice(10)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc19711.java:27  yield_()
//                         resumedFromSlice();
//                         screenY = p.y;
//                         tmp = (Vector<MenuElement>)self.selection.clone();
//                         if (yieldSlice(11)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc19711.java:31  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(tmp.size()), 12)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc19711.java:31  yield_(kaa.InProgress.finished(tmp.size()))
//                         selectionSize = this.<Integer>awaitedValue();
//                         if (yieldSlice(13)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc19711.java:32  yield_()
//                         resumedFromSlice();
//                         i=selectionSize - 1
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for i >= 0
//                         if (!(i >= 0)) {
//                             label = 35;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(tmp.elementAt(i)), 15)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc19711.java:33  yield_(kaa.InProgress.finished(tmp.elementAt(i)))
//                         menuElement = this.<MenuElement>awaitedValue();
//                         if (await(InProgress.finished(menuElement.getSubElements()), 16)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc19711.java:34  yield_(kaa.InProgress.finished(menuElement.getSubElements()))
//                         subElements = this.<MenuElement[]>awaitedValue();
//                         j = 0
//                         d = subElements.length
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // for j < d
//                         if (!(j < d)) {
//                             label = 33;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(18)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc19711.java:37  yield_()
//                         resumedFromSlice();
//                         if (subElements[j] == null)
//                             {
//                                 label = 32;
//                                 continue dispatch;
//                             }
//                         mc = subElements[j].getComponent();
//                         if (!(!mc.isShowing())) {
//                             label = 20;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(19)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc19711.java:41  yield_()
//                         resumedFromSlice();
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 20: { // after if
//                         if (yieldSlice(21)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc19711.java:42  yield_()
//                         resumedFromSlice();
//                         if (!(mc instanceof JComponent)) {
//                             label = 24;
//                             continue dispatch;
//                         }
//                         cWidth  = mc.getWidth();
//                         if (yieldSlice(22)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc19711.java:44  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(mc.getHeight()), 23)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc19711.java:44  yield_(kaa.InProgress.finished(mc.getHeight()))
//                         cHeight = this.<Integer>awaitedValue();
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 24: { // else
//                         if (yieldSlice(25)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc19711.java:46  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(mc.getBounds()), 26)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc19711.java:46  yield_(kaa.InProgress.finished(mc.getBounds()))
//                         r2 = this.<Rectangle>awaitedValue();
//                         cWidth  = r2.width;
//                         if (yieldSlice(27)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc19711.java:48  yield_()
//                         resumedFromSlice();
//                         cHeight = r2.height;
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // after if
//                         if (yieldSlice(29)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc19711.java:50  yield_()
//                         resumedFromSlice();
//                         p.x = screenX;
//                         p.y = screenY;
//                         if (yieldSlice(30)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc19711.java:52  yield_()
//                         resumedFromSlice();
//                         SwingUtilities.convertPointFromScreen(p,mc);
//                         if (yieldSlice(31)) {
//                             source = null;
//                             sourcePoint = null;
//                             return;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // Kc19711.java:57  yield_()
//                         resumedFromSlice();
//                         if (p.x >= 0 && p.x < cWidth && p.y >= 0 && p.y < cHeight) {
//                             result = mc;
//                             label = 36;
//                             continue dispatch;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // for update
//                         j++;
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 33: { // after for
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // for update
//                         i--;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 35: { // after for
//                         returnWith(null);
//                         return;
//                     }
//                     case 36: { // return done(...)
//                         returnWith(result);
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
//             source = null;
//             sourcePoint = null;
//             p = null;
//             mc = null;
//             r2 = null;
//             menuElement = null;
//             subElements = null;
//             tmp = null;
//             result = null;
//         }
//     }
// }
// 

package kc.javax.swing;
import java.awt.*;
import java.util.*;
import java.awt.event.*;
import javax.swing.event.*;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.MenuSelectionManager.*;
import static javax.swing.MenuSelectionManager.*;
abstract class Kc19711 extends javax.swing.MenuSelectionManager {
    Vector<MenuElement> selection = new Vector<MenuElement>();
    @kaa.Coroutine
    kaa.InProgress<Component> co_componentForPoint(Component source, Point sourcePoint) {
        yield_(); int screenX,screenY;
        Point p = sourcePoint;
        yield_(); yield_(); yield_(); int i,c,j,d;
        Component mc;
        yield_(); Rectangle r2;
        int cWidth,cHeight;
        yield_(); MenuElement menuElement;
        MenuElement[] subElements;
        yield_(); int selectionSize;

        yield_(); SwingUtilities.convertPointToScreen(p,source);

        yield_(); screenX = p.x;
        yield_(); screenY = p.y;

        @SuppressWarnings("unchecked")
        Vector<MenuElement> tmp = (Vector<MenuElement>)selection.clone();
        yield_(); selectionSize = yield_(kaa.InProgress.finished(tmp.size()));
        yield_(); for(i=selectionSize - 1 ; i >= 0 ; i--) {
            menuElement = yield_(kaa.InProgress.finished(tmp.elementAt(i)));
            subElements = yield_(kaa.InProgress.finished(menuElement.getSubElements()));

            for(j = 0, d = subElements.length ; j < d ; j++) {
                yield_(); if (subElements[j] == null)
                    continue;
                mc = subElements[j].getComponent();
                if(!mc.isShowing())
                    { yield_(); continue; }
                yield_(); if(mc instanceof JComponent) {
                    cWidth  = mc.getWidth();
                    yield_(); cHeight = yield_(kaa.InProgress.finished(mc.getHeight()));
                } else {
                    yield_(); r2 = yield_(kaa.InProgress.finished(mc.getBounds()));
                    cWidth  = r2.width;
                    yield_(); cHeight = r2.height;
                }
                yield_(); p.x = screenX;
                p.y = screenY;
                yield_(); SwingUtilities.convertPointFromScreen(p,mc);

                /** Return the deepest component on the selection
                 *  path in whose bounds the event's point occurs
                 */
                yield_(); if (p.x >= 0 && p.x < cWidth && p.y >= 0 && p.y < cHeight) {
                    return done(mc);
                }
            }
        }
        return done(null);
    }
}
