// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicGraphicsUtils.java:BasicGraphicsUtils.drawDashedRect#10 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicGraphicsUtils_drawDashedRect_10.java
//
// ERROR Kc21680_Coroutines.java:79: ';' expected
// ERROR Kc21680_Coroutines.java:123: ';' expected
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.awt.Graphics;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21680}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21680_Coroutines extends Kc21680 {
//     Kc21680_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Void> co_drawDashedRect(Graphics g, int x, int y, int width, int height) {
//         return new Co_drawDashedRectMachine(g, x, y, width, height).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21680#co_drawDashedRect(java.awt.Graphics, int, int, int, int)}.
//      */
//     private static final class Co_drawDashedRectMachine extends CoroutineMachine<Void> {
//         private Graphics g;
// 
//         private int x;
// 
//         private int y;
// 
//         private int width;
// 
//         private int height;
// 
//         private int vx;
// 
//         private int vy;
// 
//         Co_drawDashedRectMachine(Graphics g, int x, int y, int width, int height) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.g = g;
//             this.x = x;
//             this.y = y;
//             this.width = width;
//             this.height = height;
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
//                     case 1: { // Kc21680.java:10  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc21680.java:10  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc21680.java:13  yield_()
//                         resumedFromSlice();
//                         vx = x
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for vx < (x + width)
//                         if (!(vx < (x + width))) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc21680.java:14  yield_()
//                         resumedFromSlice();
//                         g.fillRect(vx, y, 1, 1);
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc21680.java:15  yield_()
//                         resumedFromSlice();
//                         g.fillRect(vx, y + height-1, 1, 1);
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // for update
//                         vx+=2;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 8: { // after for
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc21680.java:19  yield_()
//                         resumedFromSlice();
//                         vy = y
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for vy < (y + height)
//                         if (!(vy < (y + height))) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc21680.java:20  yield_()
//                         resumedFromSlice();
//                         g.fillRect(x, vy, 1, 1);
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc21680.java:21  yield_()
//                         resumedFromSlice();
//                         g.fillRect(x+width-1, vy, 1, 1);
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // for update
//                         vy+=2;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 14: { // after for
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
//         }
//     }
// }
// 

package kc.javax.swing.plaf.basic;
import java.awt.Graphics;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicGraphicsUtils.*;
import static javax.swing.plaf.basic.BasicGraphicsUtils.*;
abstract class Kc21680 {
    @kaa.Coroutine
    static kaa.InProgress<Void> co_drawDashedRect(Graphics g,int x,int y,int width,int height) {
        yield_(); yield_(); int vx,vy;

        // draw upper and lower horizontal dashes
        yield_(); for (vx = x; vx < (x + width); vx+=2) {
            yield_(); g.fillRect(vx, y, 1, 1);
            yield_(); g.fillRect(vx, y + height-1, 1, 1);
        }

        // draw left and right vertical dashes
        yield_(); for (vy = y; vy < (y + height); vy+=2) {
            yield_(); g.fillRect(x, vy, 1, 1);
            yield_(); g.fillRect(x+width-1, vy, 1, 1);
        }
    return done(); }
}
