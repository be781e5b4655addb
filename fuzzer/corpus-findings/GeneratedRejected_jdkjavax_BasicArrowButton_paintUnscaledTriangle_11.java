// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicArrowButton.java:BasicArrowButton.paintUnscaledTriangle#11 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicArrowButton_paintUnscaledTriangle_11.java
//
// ERROR Kc20867_Coroutines.java:173: ';' expected
// ERROR Kc20867_Coroutines.java:276: ';' expected
// ERROR Kc20867_Coroutines.java:319: ';' expected
// ERROR Kc20867_Coroutines.java:430: ';' expected
// ERROR Kc20867_Coroutines.java:148: cannot find symbol
//   symbol:   variable NORTH
//   location: class kc.javax.swing.plaf.basic.Kc20867_Coroutines.Co_paintUnscaledTriangleMachine
// ERROR Kc20867_Coroutines.java:151: cannot find symbol
//   symbol:   variable SOUTH
//   location: class kc.javax.swing.plaf.basic.Kc20867_Coroutines.Co_paintUnscaledTriangleMachine
// ERROR Kc20867_Coroutines.java:154: cannot find symbol
//   symbol:   variable WEST
//   location: class kc.javax.swing.plaf.basic.Kc20867_Coroutines.Co_paintUnscaledTriangleMachine
// ERROR Kc20867_Coroutines.java:157: cannot find symbol
//   symbol:   variable EAST
//   location: class kc.javax.swing.plaf.basic.Kc20867_Coroutines.Co_paintUnscaledTriangleMachine
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.awt.Color;
// import java.awt.Graphics;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc20867}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc20867_Coroutines extends Kc20867 {
//     Kc20867_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_paintUnscaledTriangle(Graphics g, int x, int y, int size, int direction,
//             boolean isEnabled) {
//         return new Co_paintUnscaledTriangleMachine(this, g, x, y, size, direction, isEnabled).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc20867#co_paintUnscaledTriangle(java.awt.Graphics, int, int, int, int, boolean)}.
//      */
//     private static final class Co_paintUnscaledTriangleMachine extends CoroutineMachine<Void> {
//         private final Kc20867_Coroutines self;
// 
//         private Graphics g;
// 
//         private int x;
// 
//         private int y;
// 
//         private int size;
// 
//         private int direction;
// 
//         private boolean isEnabled;
// 
//         private Color oldColor;
// 
//         private int mid;
// 
//         private int i;
// 
//         private int j;
// 
//         private int selector;
// 
//         Co_paintUnscaledTriangleMachine(Kc20867_Coroutines self, Graphics g, int x, int y, int size,
//                 int direction, boolean isEnabled) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.g = g;
//             this.x = x;
//             this.y = y;
//             this.size = size;
//             this.direction = direction;
//             this.isEnabled = isEnabled;
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
//                     case 1: { // Kc20867.java:17  yield_()
//                         resumedFromSlice();
//                         oldColor = g.getColor();
//                         j = 0;
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc20867.java:21  yield_()
//                         resumedFromSlice();
//                         size = Math.max(size, 2);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc20867.java:22  yield_()
//                         resumedFromSlice();
//                         mid = (size / 2) - 1;
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc20867.java:24  yield_()
//                         resumedFromSlice();
//                         g.translate(x, y);
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc20867.java:25  yield_()
//                         resumedFromSlice();
//                         if (!(isEnabled)) {
//                             label = 7;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc20867.java:26  yield_()
//                         resumedFromSlice();
//                         g.setColor(self.darkShadow);
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 7: { // else
//                         g.setColor(self.shadow);
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // after if
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc20867.java:30  yield_()
//                         resumedFromSlice();
//                         selector = direction;
//                         switch (selector) {
//                             case NORTH:
//                                 label = 10;
//                                 continue dispatch;
//                             case SOUTH:
//                                 label = 20;
//                                 continue dispatch;
//                             case WEST:
//                                 label = 36;
//                                 continue dispatch;
//                             case EAST:
//                                 label = 41;
//                                 continue dispatch;
//                         }
//                         label = 51;
//                         continue dispatch;
//                     }
//                     case 10: { // case NORTH
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc20867.java:32  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // for i < size
//                         if (!(i < size)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc20867.java:33  yield_()
//                         resumedFromSlice();
//                         g.drawLine(mid-i, i, mid+i, i);
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for update
//                         i++;
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 15: { // after for
//                         if (yieldSlice(16)) {
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc20867.java:35  yield_()
//                         resumedFromSlice();
//                         if (!(!isEnabled)) {
//                             label = 19;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(17)) {
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc20867.java:36  yield_()
//                         resumedFromSlice();
//                         g.setColor(self.highlight);
//                         if (yieldSlice(18)) {
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc20867.java:37  yield_()
//                         resumedFromSlice();
//                         g.drawLine(mid-i+2, i, mid+i, i);
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // after if
//                         label = 51;
//                         continue dispatch;
//                     }
//                     case 20: { // case SOUTH
//                         if (yieldSlice(21)) {
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc20867.java:41  yield_()
//                         resumedFromSlice();
//                         if (!(!isEnabled)) {
//                             label = 30;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(22)) {
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc20867.java:42  yield_()
//                         resumedFromSlice();
//                         g.translate(1, 1);
//                         if (yieldSlice(23)) {
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc20867.java:43  yield_()
//                         resumedFromSlice();
//                         g.setColor(self.highlight);
//                         if (yieldSlice(24)) {
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc20867.java:44  yield_()
//                         resumedFromSlice();
//                         i = size-1
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // for i >= 0
//                         if (!(i >= 0)) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(26)) {
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc20867.java:45  yield_()
//                         resumedFromSlice();
//                         g.drawLine(mid-i, j, mid+i, j);
//                         j++;
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // for update
//                         i--;
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 28: { // after for
//                         g.translate(-1, -1);
//                         if (yieldSlice(29)) {
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc20867.java:49  yield_()
//                         resumedFromSlice();
//                         g.setColor(self.shadow);
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // after if
//                         j = 0;
//                         i = size-1
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // for i >= 0
//                         if (!(i >= 0)) {
//                             label = 35;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(32)) {
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc20867.java:54  yield_()
//                         resumedFromSlice();
//                         g.drawLine(mid-i, j, mid+i, j);
//                         if (yieldSlice(33)) {
//                             return;
//                         }
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // Kc20867.java:55  yield_()
//                         resumedFromSlice();
//                         j++;
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // for update
//                         i--;
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 35: { // after for
//                         label = 51;
//                         continue dispatch;
//                     }
//                     case 36: { // case WEST
//                         if (yieldSlice(37)) {
//                             return;
//                         }
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // Kc20867.java:59  yield_()
//                         resumedFromSlice();
//                         for(i = 0; i < size; i++)      {
//                             g.drawLine(i, mid-i, i, mid+i);
//                         }
//                         if (yieldSlice(38)) {
//                             return;
//                         }
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 38: { // Kc20867.java:62  yield_()
//                         resumedFromSlice();
//                         if (!(!isEnabled)) {
//                             label = 40;
//                             continue dispatch;
//                         }
//                         g.setColor(self.highlight);
//                         if (yieldSlice(39)) {
//                             return;
//                         }
//                         label = 39;
//                         continue dispatch;
//                     }
//                     case 39: { // Kc20867.java:64  yield_()
//                         resumedFromSlice();
//                         g.drawLine(i, mid-i+2, i, mid+i);
//                         label = 40;
//                         continue dispatch;
//                     }
//                     case 40: { // after if
//                         label = 51;
//                         continue dispatch;
//                     }
//                     case 41: { // case EAST
//                         if (yieldSlice(42)) {
//                             return;
//                         }
//                         label = 42;
//                         continue dispatch;
//                     }
//                     case 42: { // Kc20867.java:68  yield_()
//                         resumedFromSlice();
//                         if (!(!isEnabled)) {
//                             label = 49;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(43)) {
//                             return;
//                         }
//                         label = 43;
//                         continue dispatch;
//                     }
//                     case 43: { // Kc20867.java:69  yield_()
//                         resumedFromSlice();
//                         g.translate(1, 1);
//                         if (yieldSlice(44)) {
//                             return;
//                         }
//                         label = 44;
//                         continue dispatch;
//                     }
//                     case 44: { // Kc20867.java:70  yield_()
//                         resumedFromSlice();
//                         g.setColor(self.highlight);
//                         i = size-1
//                         label = 45;
//                         continue dispatch;
//                     }
//                     case 45: { // for i >= 0
//                         if (!(i >= 0)) {
//                             label = 48;
//                             continue dispatch;
//                         }
//                         g.drawLine(j, mid-i, j, mid+i);
//                         if (yieldSlice(46)) {
//                             return;
//                         }
//                         label = 46;
//                         continue dispatch;
//                     }
//                     case 46: { // Kc20867.java:73  yield_()
//                         resumedFromSlice();
//                         j++;
//                         label = 47;
//                         continue dispatch;
//                     }
//                     case 47: { // for update
//                         i--;
//                         label = 45;
//                         continue dispatch;
//                     }
//                     case 48: { // after for
//                         g.translate(-1, -1);
//                         g.setColor(self.shadow);
//                         label = 49;
//                         continue dispatch;
//                     }
//                     case 49: { // after if
//                         j = 0;
//                         if (yieldSlice(50)) {
//                             return;
//                         }
//                         label = 50;
//                         continue dispatch;
//                     }
//                     case 50: { // Kc20867.java:80  yield_()
//                         resumedFromSlice();
//                         for(i = size-1; i >= 0; i--)   {
//                             g.drawLine(j, mid-i, j, mid+i);
//                             j++;
//                         }
//                         label = 51;
//                         continue dispatch;
//                     }
//                     case 51: { // after switch
//                         g.translate(-x, -y);
//                         if (yieldSlice(52)) {
//                             return;
//                         }
//                         label = 52;
//                         continue dispatch;
//                     }
//                     case 52: { // Kc20867.java:87  yield_()
//                         resumedFromSlice();
//                         g.setColor(oldColor);
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
//             g = null;
//             oldColor = null;
//         }
//     }
// }
// 

package kc.javax.swing.plaf.basic;
import java.awt.Graphics;
import java.awt.Color;
import javax.swing.*;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicArrowButton.*;
import static javax.swing.plaf.basic.BasicArrowButton.*;
abstract class Kc20867 {
    int direction;
    Color shadow;
    Color darkShadow;
    Color highlight;
    @kaa.Coroutine
    kaa.InProgress<Void> co_paintUnscaledTriangle(Graphics g, int x, int y, int size,
                                           int direction, boolean isEnabled) {
            yield_(); Color oldColor = g.getColor();
            int mid, i, j;

            j = 0;
            yield_(); size = Math.max(size, 2);
            yield_(); mid = (size / 2) - 1;

            yield_(); g.translate(x, y);
            yield_(); if(isEnabled)
                { yield_(); g.setColor(darkShadow); }
            else
                g.setColor(shadow);

            yield_(); switch(direction)       {
            case NORTH:
                yield_(); for(i = 0; i < size; i++)      {
                    yield_(); g.drawLine(mid-i, i, mid+i, i);
                }
                yield_(); if(!isEnabled)  {
                    yield_(); g.setColor(highlight);
                    yield_(); g.drawLine(mid-i+2, i, mid+i, i);
                }
                break;
            case SOUTH:
                yield_(); if(!isEnabled)  {
                    yield_(); g.translate(1, 1);
                    yield_(); g.setColor(highlight);
                    yield_(); for(i = size-1; i >= 0; i--)   {
                        yield_(); g.drawLine(mid-i, j, mid+i, j);
                        j++;
                    }
                    g.translate(-1, -1);
                    yield_(); g.setColor(shadow);
                }

                j = 0;
                for(i = size-1; i >= 0; i--)   {
                    yield_(); g.drawLine(mid-i, j, mid+i, j);
                    yield_(); j++;
                }
                break;
            case WEST:
                yield_(); for(i = 0; i < size; i++)      {
                    g.drawLine(i, mid-i, i, mid+i);
                }
                yield_(); if(!isEnabled)  {
                    g.setColor(highlight);
                    yield_(); g.drawLine(i, mid-i+2, i, mid+i);
                }
                break;
            case EAST:
                yield_(); if(!isEnabled)  {
                    yield_(); g.translate(1, 1);
                    yield_(); g.setColor(highlight);
                    for(i = size-1; i >= 0; i--)   {
                        g.drawLine(j, mid-i, j, mid+i);
                        yield_(); j++;
                    }
                    g.translate(-1, -1);
                    g.setColor(shadow);
                }

                j = 0;
                yield_(); for(i = size-1; i >= 0; i--)   {
                    g.drawLine(j, mid-i, j, mid+i);
                    j++;
                }
                break;
            }
            g.translate(-x, -y);
            yield_(); g.setColor(oldColor);
        return done(); }
}
