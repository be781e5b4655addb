// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JDesktopPane.java:JDesktopPane.getAllFrames#11 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JDesktopPane_getAllFrames_11.java
//
// ERROR Kc9927_Coroutines.java:70: ';' expected
// 
// generated source:
// package kc.javax.swing;
// 
// import java.awt.Component;
// import java.awt.Container;
// import java.util.Collection;
// import java.util.LinkedHashSet;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JInternalFrame;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc9927}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc9927_Coroutines extends Kc9927 {
//     Kc9927_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Collection<JInternalFrame>> co_getAllFrames(Container parent) {
//         return new Co_getAllFramesMachine(parent).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc9927#co_getAllFrames(java.awt.Container)}.
//      */
//     private static final class Co_getAllFramesMachine extends CoroutineMachine<Collection<JInternalFrame>> {
//         private Container parent;
// 
//         private int i;
// 
//         private int count;
// 
//         private Collection<JInternalFrame> results;
// 
//         private Component next;
// 
//         private JInternalFrame tmp;
// 
//         Co_getAllFramesMachine(Container parent) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.parent = parent;
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
//                     case 1: { // Kc9927.java:32  yield_()
//                         resumedFromSlice();
//                         results = new LinkedHashSet<>();
//                         if (await(InProgress.finished(parent.getComponentCount()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc9927.java:34  yield_(kaa.InProgress.finished(parent.getComponentCount()))
//                         count = this.<Integer>awaitedValue();
//                         i = 0
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for i < count
//                         if (!(i < count)) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(parent.getComponent(i)), 4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc9927.java:36  yield_(kaa.InProgress.finished(parent.getComponent(i)))
//                         next = this.<Component>awaitedValue();
//                         if (!(next instanceof JInternalFrame)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         results.add((JInternalFrame) next);
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 5: { // else
//                         if (!(next instanceof JInternalFrame.JDesktopIcon)) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc9927.java:40  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(((JInternalFrame.JDesktopIcon) next).getInternalFrame()), 7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc9927.java:40  yield_(kaa.InProgress.finished(((JInternalFrame.JDesktopIcon) next).getIntern...
//                         tmp = this.<JInternalFrame>awaitedValue();
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc9927.java:41  yield_()
//                         resumedFromSlice();
//                         if (tmp != null) {
//                             results.add(tmp);
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 9: { // else
//                         if (next instanceof Container) {
//                             results.addAll(Kc9927.getAllFrames((Container) next));
//                         }
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
//                     case 12: { // for update
//                         i++;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 13: { // after for
//                         returnWith(results);
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
//             parent = null;
//             results = null;
//             next = null;
//             tmp = null;
//         }
//     }
// }
// 

package kc.javax.swing;
import java.awt.Component;
import java.awt.Container;
import java.util.Collection;
import java.util.LinkedHashSet;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.JDesktopPane.*;
import static javax.swing.JDesktopPane.*;
abstract class Kc9927 {
    static Collection<JInternalFrame> getAllFrames(Container parent) {
        int i, count;
        Collection<JInternalFrame> results = new LinkedHashSet<>();
        count = parent.getComponentCount();
        for (i = 0; i < count; i++) {
            Component next = parent.getComponent(i);
            if (next instanceof JInternalFrame) {
                results.add((JInternalFrame) next);
            } else if (next instanceof JInternalFrame.JDesktopIcon) {
                JInternalFrame tmp = ((JInternalFrame.JDesktopIcon) next).getInternalFrame();
                if (tmp != null) {
                    results.add(tmp);
                }
            } else if (next instanceof Container) {
                results.addAll(getAllFrames((Container) next));
            }
        }
        return results;
    }
    @kaa.Coroutine
    static kaa.InProgress<Collection<JInternalFrame>> co_getAllFrames(Container parent) {
        yield_(); int i, count;
        Collection<JInternalFrame> results = new LinkedHashSet<>();
        count = yield_(kaa.InProgress.finished(parent.getComponentCount()));
        for (i = 0; i < count; i++) {
            Component next = yield_(kaa.InProgress.finished(parent.getComponent(i)));
            if (next instanceof JInternalFrame) {
                results.add((JInternalFrame) next);
            } else if (next instanceof JInternalFrame.JDesktopIcon) {
                yield_(); JInternalFrame tmp = yield_(kaa.InProgress.finished(((JInternalFrame.JDesktopIcon) next).getInternalFrame()));
                yield_(); if (tmp != null) {
                    results.add(tmp);
                }
            } else if (next instanceof Container) {
                results.addAll(getAllFrames((Container) next));
            }
        }
        return done(results);
    }
}
