// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicListUI.java:BasicListUI.convertLocationToRow#32 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicListUI_convertLocationToRow_32.java
//
// ERROR Kc20402_Coroutines.java:235: ';' expected
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
//  * The coroutines of {@link Kc20402}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc20402_Coroutines extends Kc20402 {
//     Kc20402_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Integer> co_convertLocationToRow(int x, int y0, boolean closest) {
//         return new Co_convertLocationToRowMachine(this, x, y0, closest).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc20402#co_convertLocationToRow(int, int, boolean)}.
//      */
//     private static final class Co_convertLocationToRowMachine extends CoroutineMachine<Integer> {
//         private final Kc20402_Coroutines self;
// 
//         private int x;
// 
//         private int y0;
// 
//         private boolean closest;
// 
//         private int size;
// 
//         private Insets insets;
// 
//         private int row;
// 
//         private int y;
// 
//         private int row_;
// 
//         private int i;
// 
//         private Integer result;
// 
//         Co_convertLocationToRowMachine(Kc20402_Coroutines self, int x, int y0, boolean closest) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.x = x;
//             this.y0 = y0;
//             this.closest = closest;
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
//                     case 1: { // Kc20402.java:17  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(self.list.getModel().getSize()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc20402.java:17  yield_(kaa.InProgress.finished(list.getModel().getSize()))
//                         size = this.<Integer>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc20402.java:19  yield_()
//                         resumedFromSlice();
//                         if (size <= 0) {
//                             result = (int) (-1);
//                             label = 27;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(self.list.getInsets()), 4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc20402.java:22  yield_(kaa.InProgress.finished(list.getInsets()))
//                         insets = this.<Insets>awaitedValue();
//                         if (!(self.cellHeights == null)) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             result = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc20402.java:24  yield_()
//                         resumedFromSlice();
//                         row = (self.cellHeight == 0) ? 0 :
//                                        ((y0 - insets.top) / self.cellHeight);
//                         if (!(closest)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             insets = null;
//                             result = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc20402.java:27  yield_()
//                         resumedFromSlice();
//                         if (!(row < 0)) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             insets = null;
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc20402.java:28  yield_()
//                         resumedFromSlice();
//                         row = 0;
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 8: { // else
//                         if (!(row >= size)) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(9)) {
//                             insets = null;
//                             result = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc20402.java:31  yield_()
//                         resumedFromSlice();
//                         row = size - 1;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // after if
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // after if
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // after if
//                         if (yieldSlice(13)) {
//                             insets = null;
//                             result = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc20402.java:34  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (row));
//                         return;
//                     }
//                     case 14: { // else
//                         if (!(size > self.cellHeights.length)) {
//                             label = 16;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(15)) {
//                             insets = null;
//                             result = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc20402.java:37  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (-1));
//                         return;
//                     }
//                     case 16: { // else
//                         if (yieldSlice(17)) {
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc20402.java:40  yield_()
//                         resumedFromSlice();
//                         y = insets.top;
//                         row_ = 0;
//                         if (!(closest && y0 < y)) {
//                             label = 19;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(18)) {
//                             insets = null;
//                             result = null;
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc20402.java:44  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (0));
//                         return;
//                     }
//                     case 19: { // after if
//                         i = 0
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // for i < size
//                         if (!(i < size)) {
//                             label = 23;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(21)) {
//                             insets = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc20402.java:48  yield_()
//                         resumedFromSlice();
//                         if ((y0 >= y) && (y0 < y + self.cellHeights[i])) {
//                             result = (int) (row_);
//                             label = 27;
//                             continue dispatch;
//                         }
//                         y += self.cellHeights[i];
//                         row_ += 1;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // for update
//                         i++;
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 23: { // after for
//                         if (yieldSlice(24)) {
//                             insets = null;
//                             result = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc20402.java:54  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (i - 1));
//                         return;
//                     }
//                     case 25: { // after if
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // after if
//                         throw new IllegalStateException("the coroutine body ended without return");
//                     }
//                     case 27: { // return done(...)
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
//             insets = null;
//             result = null;
//         }
//     }
// }
// 

package kc.javax.swing.plaf.basic;
import javax.swing.*;
import javax.swing.event.*;
import javax.swing.plaf.*;
import java.awt.*;
import java.awt.event.*;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicListUI.*;
import static javax.swing.plaf.basic.BasicListUI.*;
abstract class Kc20402 extends javax.swing.plaf.basic.BasicListUI {
    JList<Object> list = null;
    int[] cellHeights = null;
    int cellHeight = -1;
    @kaa.Coroutine
    kaa.InProgress<Integer> co_convertLocationToRow(int x, int y0, boolean closest) {
        yield_(); int size = yield_(kaa.InProgress.finished(list.getModel().getSize()));

        yield_(); if (size <= 0) {
            return done((int) (-1));
        }
        Insets insets = yield_(kaa.InProgress.finished(list.getInsets()));
        if (cellHeights == null) {
            yield_(); int row = (cellHeight == 0) ? 0 :
                           ((y0 - insets.top) / cellHeight);
            if (closest) {
                yield_(); if (row < 0) {
                    yield_(); row = 0;
                }
                else if (row >= size) {
                    yield_(); row = size - 1;
                }
            }
            yield_(); return done((int) (row));
        }
        else if (size > cellHeights.length) {
            yield_(); return done((int) (-1));
        }
        else {
            yield_(); int y = insets.top;
            int row = 0;

            if (closest && y0 < y) {
                yield_(); return done((int) (0));
            }
            int i;
            for (i = 0; i < size; i++) {
                yield_(); if ((y0 >= y) && (y0 < y + cellHeights[i])) {
                    return done((int) (row));
                }
                y += cellHeights[i];
                row += 1;
            }
            yield_(); return done((int) (i - 1));
        }
    }
}
