// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/text/TextLayoutStrategy.java:TextLayoutStrategy.AttributedSegment.getFontBoundary#14 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_TextLayoutStrategy_AttributedSegment_getFontBoundary_14.java
//
// ERROR Kc20302_Coroutines.java:75: ';' expected
// 
// generated source:
// package kc.javax.swing.text;
// 
// import java.awt.Font;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.text.View;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc20302}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc20302_Coroutines extends Kc20302 {
//     Kc20302_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Integer> co_getFontBoundary(int childIndex, int dir) {
//         return new Co_getFontBoundaryMachine(this, childIndex, dir).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc20302#co_getFontBoundary(int, int)}.
//      */
//     private static final class Co_getFontBoundaryMachine extends CoroutineMachine<Integer> {
//         private final Kc20302_Coroutines self;
// 
//         private int childIndex;
// 
//         private int dir;
// 
//         private View child;
// 
//         private Font f;
// 
//         Co_getFontBoundaryMachine(Kc20302_Coroutines self, int childIndex, int dir) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.childIndex = childIndex;
//             this.dir = dir;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (await(InProgress.finished(self.v.getView(childIndex)), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc20302.java:19  yield_(kaa.InProgress.finished(v.getView(childIndex)))
//                         child = this.<View>awaitedValue();
//                         if (await(InProgress.finished(self.getFont(childIndex)), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc20302.java:20  yield_(kaa.InProgress.finished(getFont(childIndex)))
//                         f = this.<Font>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc20302.java:21  yield_()
//                         resumedFromSlice();
//                         childIndex += dir
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for (childIndex >= 0) && (childIndex < v.getViewCount())
//                         if (!((childIndex >= 0) && (childIndex < self.v.getViewCount()))) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(self.getFont(childIndex)), 5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc20302.java:23  yield_(kaa.InProgress.finished(getFont(childIndex)))
//                         Font next = this.<Font>awaitedValue();
//                         if (next != f) {
//                             // this run is different
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(self.v.getView(childIndex)), 6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc20302.java:28  yield_(kaa.InProgress.finished(v.getView(childIndex)))
//                         child = this.<View>awaitedValue();
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // for update
//                         childIndex += dir;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 8: { // after for
//                         returnWith((int) ((dir < 0) ? child.getStartOffset() : child.getEndOffset()));
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
//             child = null;
//             f = null;
//         }
//     }
// }
// 

package kc.javax.swing.text;
import java.awt.Font;
import static kaa.Async.*;
import javax.swing.text.*;
abstract class Kc20302 {
    View getView() {
            return v;
        }
    Font getFont(int childIndex) {
            View child = v.getView(childIndex);
            if (child instanceof GlyphView) {
                return ((GlyphView)child).getFont();
            }
            return null;
        }
    View v;
    @kaa.Coroutine
    kaa.InProgress<Integer> co_getFontBoundary(int childIndex, int dir) {
            View child = yield_(kaa.InProgress.finished(v.getView(childIndex)));
            Font f = yield_(kaa.InProgress.finished(getFont(childIndex)));
            yield_(); for (childIndex += dir; (childIndex >= 0) && (childIndex < v.getViewCount());
                 childIndex += dir) {
                Font next = yield_(kaa.InProgress.finished(getFont(childIndex)));
                if (next != f) {
                    // this run is different
                    break;
                }
                child = yield_(kaa.InProgress.finished(v.getView(childIndex)));
            }
            return done((int) ((dir < 0) ? child.getStartOffset() : child.getEndOffset()));
        }
}
