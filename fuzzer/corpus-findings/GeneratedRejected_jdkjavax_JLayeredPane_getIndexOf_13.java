// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JLayeredPane.java:JLayeredPane.getIndexOf#13 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JLayeredPane_getIndexOf_13.java
//
// ERROR Kc21941_Coroutines.java:80: ';' expected
// 
// generated source:
// package kc.javax.swing;
// 
// import java.awt.Component;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21941}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21941_Coroutines extends Kc21941 {
//     Kc21941_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Integer> co_getIndexOf(Component c) {
//         return new Co_getIndexOfMachine(this, c).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21941#co_getIndexOf(java.awt.Component)}.
//      */
//     private static final class Co_getIndexOfMachine extends CoroutineMachine<Integer> {
//         private final Kc21941_Coroutines self;
// 
//         private Component c;
// 
//         private int i;
// 
//         private int count;
// 
//         Co_getIndexOfMachine(Kc21941_Coroutines self, Component c) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.c = c;
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
//                     case 1: { // Kc21941.java:11  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc21941.java:11  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc21941.java:13  yield_()
//                         resumedFromSlice();
//                         count = self.getComponentCount();
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc21941.java:14  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for i < count
//                         if (!(i < count)) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc21941.java:15  yield_()
//                         resumedFromSlice();
//                         if (!(c == self.getComponent(i))) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             c = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc21941.java:16  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (i));
//                         return;
//                     }
//                     case 8: { // after if
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for update
//                         i++;
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 10: { // after for
//                         if (yieldSlice(11)) {
//                             c = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc21941.java:18  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (-1));
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
//         }
//     }
// }
// 

package kc.javax.swing;
import java.awt.Component;
import javax.accessibility.*;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.JLayeredPane.*;
import static javax.swing.JLayeredPane.*;
abstract class Kc21941 extends javax.swing.JLayeredPane {
    @kaa.Coroutine
    kaa.InProgress<Integer> co_getIndexOf(Component c) {
        yield_(); yield_(); int i, count;

        yield_(); count = getComponentCount();
        yield_(); for(i = 0; i < count; i++) {
            yield_(); if(c == getComponent(i))
                { yield_(); return done((int) (i)); }
        }
        yield_(); return done((int) (-1));
    }
}
