// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicTabbedPaneUI.java:BasicTabbedPaneUI.createCroppedTabShape#44 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicTabbedPaneUI_createCroppedTabShape_44.java
//
// ERROR Kc20977_Coroutines.java:106: cannot find symbol
//   symbol:   variable LEFT
//   location: class kc.javax.swing.plaf.basic.Kc20977_Coroutines.Co_createCroppedTabShapeMachine
// ERROR Kc20977_Coroutines.java:109: cannot find symbol
//   symbol:   variable RIGHT
//   location: class kc.javax.swing.plaf.basic.Kc20977_Coroutines.Co_createCroppedTabShapeMachine
// ERROR Kc20977_Coroutines.java:112: cannot find symbol
//   symbol:   variable TOP
//   location: class kc.javax.swing.plaf.basic.Kc20977_Coroutines.Co_createCroppedTabShapeMachine
// ERROR Kc20977_Coroutines.java:115: cannot find symbol
//   symbol:   variable BOTTOM
//   location: class kc.javax.swing.plaf.basic.Kc20977_Coroutines.Co_createCroppedTabShapeMachine
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.awt.Polygon;
// import java.awt.Rectangle;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JTabbedPane;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc20977}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc20977_Coroutines extends Kc20977 {
//     Kc20977_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Polygon> co_createCroppedTabShape(int tabPlacement, Rectangle tabRect,
//             int cropline) {
//         return new Co_createCroppedTabShapeMachine(tabPlacement, tabRect, cropline).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc20977#co_createCroppedTabShape(int, java.awt.Rectangle, int)}.
//      */
//     private static final class Co_createCroppedTabShapeMachine extends CoroutineMachine<Polygon> {
//         private int tabPlacement;
// 
//         private Rectangle tabRect;
// 
//         private int cropline;
// 
//         private int rlen;
// 
//         private int start;
// 
//         private int end;
// 
//         private int ostart;
// 
//         private int rcnt;
// 
//         private int npts;
// 
//         private int[] xp;
// 
//         private int[] yp;
// 
//         private int pcnt;
// 
//         private int i;
// 
//         private int j;
// 
//         private int selector;
// 
//         Co_createCroppedTabShapeMachine(int tabPlacement, Rectangle tabRect, int cropline) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.tabPlacement = tabPlacement;
//             this.tabRect = tabRect;
//             this.cropline = cropline;
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
//                     case 1: { // Kc20977.java:16  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc20977.java:17  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc20977.java:18  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc20977.java:20  yield_()
//                         resumedFromSlice();
//                         selector = tabPlacement;
//                         switch (selector) {
//                             case LEFT:
//                                 label = 5;
//                                 continue dispatch;
//                             case RIGHT:
//                                 label = 6;
//                                 continue dispatch;
//                             case TOP:
//                                 label = 10;
//                                 continue dispatch;
//                             case BOTTOM:
//                                 label = 11;
//                                 continue dispatch;
//                             default:
//                                 label = 12;
//                                 continue dispatch;
//                         }
//                     }
//                     case 5: { // case LEFT
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // case RIGHT
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc20977.java:23  yield_()
//                         resumedFromSlice();
//                         rlen = tabRect.width;
//                         start = tabRect.x;
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc20977.java:25  yield_()
//                         resumedFromSlice();
//                         end = tabRect.x + tabRect.width;
//                         ostart = tabRect.y + tabRect.height;
//                         if (yieldSlice(9)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc20977.java:27  yield_()
//                         resumedFromSlice();
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 10: { // case TOP
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // case BOTTOM
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // default
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc20977.java:31  yield_()
//                         resumedFromSlice();
//                         rlen = tabRect.height;
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc20977.java:32  yield_()
//                         resumedFromSlice();
//                         start = tabRect.y;
//                         end = tabRect.y + tabRect.height;
//                         if (yieldSlice(15)) {
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc20977.java:34  yield_()
//                         resumedFromSlice();
//                         ostart = tabRect.x + tabRect.width;
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // after switch
//                         if (yieldSlice(17)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc20977.java:36  yield_()
//                         resumedFromSlice();
//                         rcnt = rlen/Kc20977.CROP_SEGMENT;
//                         if (yieldSlice(18)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc20977.java:37  yield_()
//                         resumedFromSlice();
//                         if (!(rlen%Kc20977.CROP_SEGMENT > 0)) {
//                             label = 20;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(19)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc20977.java:38  yield_()
//                         resumedFromSlice();
//                         rcnt++;
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // after if
//                         npts = 2 + (rcnt*8);
//                         if (yieldSlice(21)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc20977.java:41  yield_()
//                         resumedFromSlice();
//                         xp = new int[npts];
//                         yp = new int[npts];
//                         if (yieldSlice(22)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc20977.java:43  yield_()
//                         resumedFromSlice();
//                         pcnt = 0;
//                         xp[pcnt] = ostart;
//                         if (yieldSlice(23)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc20977.java:46  yield_()
//                         resumedFromSlice();
//                         yp[pcnt++] = end;
//                         xp[pcnt] = ostart;
//                         if (yieldSlice(24)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc20977.java:48  yield_()
//                         resumedFromSlice();
//                         yp[pcnt++] = start;
//                         if (yieldSlice(25)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc20977.java:49  yield_()
//                         resumedFromSlice();
//                         i = 0;
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // for i < rcnt
//                         if (!(i < rcnt)) {
//                             label = 33;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(27)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc20977.java:50  yield_()
//                         resumedFromSlice();
//                         j = 0;
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // for j < xCropLen.length
//                         if (!(j < Kc20977.xCropLen.length)) {
//                             label = 31;
//                             continue dispatch;
//                         }
//                         xp[pcnt] = cropline - Kc20977.xCropLen[j];
//                         if (yieldSlice(29)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc20977.java:52  yield_()
//                         resumedFromSlice();
//                         yp[pcnt] = start + (i*Kc20977.CROP_SEGMENT) + Kc20977.yCropLen[j];
//                         if (yp[pcnt] >= end) {
//                             yp[pcnt] = end;
//                             pcnt++;
//                             label = 31;
//                             continue dispatch;
//                         }
//                         pcnt++;
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // for update
//                         j++;
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 31: { // after for
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // for update
//                         i++;
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 33: { // after for
//                         if (yieldSlice(34)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // Kc20977.java:61  yield_()
//                         resumedFromSlice();
//                         if (!(tabPlacement == JTabbedPane.TOP || tabPlacement == JTabbedPane.BOTTOM)) {
//                             label = 36;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(35)) {
//                             tabRect = null;
//                             return;
//                         }
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 35: { // Kc20977.java:62  yield_()
//                         resumedFromSlice();
//                         returnWith(new Polygon(xp, yp, pcnt));
//                         return;
//                     }
//                     case 36: { // else
//                         returnWith(new Polygon(yp, xp, pcnt));
//                         return;
//                     }
//                     case 37: { // after if
//                         throw new IllegalStateException("the coroutine body ended without return");
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
// 
//         @Override
//         protected void clearFields() {
//             tabRect = null;
//             xp = null;
//             yp = null;
//         }
//     }
// }
// 

package kc.javax.swing.plaf.basic;
import java.awt.Polygon;
import java.awt.Rectangle;
import javax.swing.JTabbedPane;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicTabbedPaneUI.*;
import static javax.swing.plaf.basic.BasicTabbedPaneUI.*;
abstract class Kc20977 {
    static int[] xCropLen = {1,1,0,0,1,1,2,2};
    static int[] yCropLen = {0,3,3,6,6,9,9,12};
    static final int CROP_SEGMENT = 12;
    @kaa.Coroutine
    static kaa.InProgress<Polygon> co_createCroppedTabShape(int tabPlacement, Rectangle tabRect, int cropline) {
        int rlen;
        yield_(); int start;
        yield_(); int end;
        yield_(); int ostart;

        yield_(); switch(tabPlacement) {
          case LEFT:
          case RIGHT:
              yield_(); rlen = tabRect.width;
              start = tabRect.x;
              yield_(); end = tabRect.x + tabRect.width;
              ostart = tabRect.y + tabRect.height;
              yield_(); break;
          case TOP:
          case BOTTOM:
          default:
             yield_(); rlen = tabRect.height;
             yield_(); start = tabRect.y;
             end = tabRect.y + tabRect.height;
             yield_(); ostart = tabRect.x + tabRect.width;
        }
        yield_(); int rcnt = rlen/CROP_SEGMENT;
        yield_(); if (rlen%CROP_SEGMENT > 0) {
            yield_(); rcnt++;
        }
        int npts = 2 + (rcnt*8);
        yield_(); int[] xp = new int[npts];
        int[] yp = new int[npts];
        yield_(); int pcnt = 0;

        xp[pcnt] = ostart;
        yield_(); yp[pcnt++] = end;
        xp[pcnt] = ostart;
        yield_(); yp[pcnt++] = start;
        yield_(); for(int i = 0; i < rcnt; i++) {
            yield_(); for(int j = 0; j < xCropLen.length; j++) {
                xp[pcnt] = cropline - xCropLen[j];
                yield_(); yp[pcnt] = start + (i*CROP_SEGMENT) + yCropLen[j];
                if (yp[pcnt] >= end) {
                    yp[pcnt] = end;
                    pcnt++;
                    break;
                }
                pcnt++;
            }
        }
        yield_(); if (tabPlacement == JTabbedPane.TOP || tabPlacement == JTabbedPane.BOTTOM) {
           yield_(); return done(new Polygon(xp, yp, pcnt));

        } else { // LEFT or RIGHT
           return done(new Polygon(yp, xp, pcnt));
        }
    }
}
