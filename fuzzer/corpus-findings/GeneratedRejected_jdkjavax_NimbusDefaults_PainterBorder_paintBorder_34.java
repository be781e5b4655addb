// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/nimbus/NimbusDefaults.java:NimbusDefaults.PainterBorder.paintBorder#34 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_NimbusDefaults_PainterBorder_paintBorder_34.java
//
// ERROR Kc19659_Coroutines.java:79: unclosed string literal
// ERROR Kc19659_Coroutines.java:80: illegal start of type
// ERROR Kc19659_Coroutines.java:80: illegal start of expression
// ERROR Kc19659_Coroutines.java:79: cannot find symbol
//   symbol:   variable valueecked
//   location: variable self of type kc.javax.swing.plaf.nimbus.Kc19659_Coroutines
// 
// generated source:
// package kc.javax.swing.plaf.nimbus;
// 
// import java.awt.Component;
// import java.awt.Graphics;
// import java.awt.Graphics2D;
// import java.awt.image.BufferedImage;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.Painter;
// import javax.swing.UIManager;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc19659}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc19659_Coroutines extends Kc19659 {
//     Kc19659_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_paintBorder(Component c, Graphics g, int x, int y, int w, int h) {
//         return new Co_paintBorderMachine(this, c, g, x, y, w, h).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc19659#co_paintBorder(java.awt.Component, java.awt.Graphics, int, int, int, int)}.
//      */
//     private static final class Co_paintBorderMachine extends CoroutineMachine<Void> {
//         private final Kc19659_Coroutines self;
// 
//         private Component c;
// 
//         private Graphics g;
// 
//         private int x;
// 
//         private int y;
// 
//         private int w;
// 
//         private int h;
// 
//         private BufferedImage img;
// 
//         private Graphics2D gfx;
// 
//         private Void result;
// 
//         Co_paintBorderMachine(Kc19659_Coroutines self, Component c, Graphics g, int x, int y, int w,
//                 int h) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.c = c;
//             this.g = g;
//             this.x = x;
//             this.y = y;
//             this.w = w;
//             this.h = h;
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
//                     case 1: { // Kc19659.java:16  yield_()
//                         resumedFromSlice();
//                         if (self.painter == null) {
//                             @SuppressWarnings(self.valueecked")
//                             Painter<Component> temp = (Painter<Component>)UIManager.get(self.painterKey);
//                             self.painter = temp;
//                             if (self.painter == null) {
//                                 result = null;
//                                 label = 12;
//                                 continue dispatch;
//                             }
//                         }
//                         if (yieldSlice(2)) {
//                             result = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc19659.java:23  yield_()
//                         resumedFromSlice();
//                         g.translate(x, y);
//                         if (!(g instanceof Graphics2D)) {
//                             label = 4;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             img = null;
//                             gfx = null;
//                             result = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc19659.java:25  yield_()
//                         resumedFromSlice();
//                         self.painter.paint((Graphics2D)g, c, w, h);
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 4: { // else
//                         if (yieldSlice(5)) {
//                             result = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc19659.java:27  yield_()
//                         resumedFromSlice();
//                         img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
//                         if (await(InProgress.finished(img.createGraphics()), 6)) {
//                             result = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc19659.java:28  yield_(kaa.InProgress.finished(img.createGraphics()))
//                         gfx = this.<Graphics2D>awaitedValue();
//                         if (yieldSlice(7)) {
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc19659.java:29  yield_()
//                         resumedFromSlice();
//                         self.painter.paint(gfx, c, w, h);
//                         gfx.dispose();
//                         if (yieldSlice(8)) {
//                             c = null;
//                             gfx = null;
//                             result = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc19659.java:31  yield_()
//                         resumedFromSlice();
//                         g.drawImage(img, x, y, null);
//                         if (yieldSlice(9)) {
//                             c = null;
//                             gfx = null;
//                             result = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc19659.java:32  yield_()
//                         resumedFromSlice();
//                         img = null;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // after if
//                         if (yieldSlice(11)) {
//                             c = null;
//                             img = null;
//                             gfx = null;
//                             result = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc19659.java:34  yield_()
//                         resumedFromSlice();
//                         g.translate(-x, -y);
//                         returnWith(null);
//                         return;
//                     }
//                     case 12: { // return done(...)
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
//             c = null;
//             g = null;
//             img = null;
//             gfx = null;
//             result = null;
//         }
//     }
// }
// 

package kc.javax.swing.plaf.nimbus;
import javax.swing.Painter;
import java.awt.Graphics;
import javax.swing.UIManager;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import static java.awt.image.BufferedImage.*;
import static kaa.Async.*;
import javax.swing.plaf.nimbus.*;
abstract class Kc19659 {
    Painter<Component> painter;
    String painterKey;
    @kaa.Coroutine
    kaa.InProgress<Void> co_paintBorder(Component c, Graphics g, int x, int y, int w, int h) {
            yield_(); if (painter == null) {
                @SuppressWarnings("unchecked")
                Painter<Component> temp = (Painter<Component>)UIManager.get(painterKey);
                painter = temp;
                if (painter == null) return done();
            }
            
            yield_(); g.translate(x, y);
            if (g instanceof Graphics2D)
                { yield_(); painter.paint((Graphics2D)g, c, w, h); }
            else {
                yield_(); BufferedImage img = new BufferedImage(w, h, TYPE_INT_ARGB);
                Graphics2D gfx = yield_(kaa.InProgress.finished(img.createGraphics()));
                yield_(); painter.paint(gfx, c, w, h);
                gfx.dispose();
                yield_(); g.drawImage(img, x, y, null);
                yield_(); img = null;
            }
            yield_(); g.translate(-x, -y);
        return done(); }
}
