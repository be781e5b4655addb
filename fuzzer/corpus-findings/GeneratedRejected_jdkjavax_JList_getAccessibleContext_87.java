// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JList.java:JList.getAccessibleContext#87 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JList_getAccessibleContext_87.java
//
// ERROR Kc15639_Coroutines.java:61: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing;
// 
// import java.util.concurrent.TimeUnit;
// import javax.accessibility.AccessibleContext;
// import javax.annotation.processing.Generated;
// import javax.swing.JList;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc15639}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc15639_Coroutines<E> extends Kc15639<E> {
//     Kc15639_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<AccessibleContext> co_getAccessibleContext() {
//         return new Co_getAccessibleContextMachine<E>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc15639#co_getAccessibleContext()}.
//      */
//     private static final class Co_getAccessibleContextMachine<E> extends CoroutineMachine<AccessibleContext> {
//         private final Kc15639_Coroutines<E> self;
// 
//         Co_getAccessibleContextMachine(Kc15639_Coroutines<E> self) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
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
//                     case 1: { // Kc15639.java:11  yield_()
//                         resumedFromSlice();
//                         if (!(self.accessibleContext == null)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc15639.java:12  yield_()
//                         resumedFromSlice();
//                         self.accessibleContext = new JList.AccessibleJList();
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // after if
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc15639.java:14  yield_()
//                         resumedFromSlice();
//                         returnWith(self.accessibleContext);
//                         return;
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
//     }
// }
// 

package kc.javax.swing;
import java.beans.BeanProperty;
import javax.accessibility.AccessibleContext;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.JList.*;
import static javax.swing.JList.*;
abstract class Kc15639<E> extends javax.swing.JList<E> {
    @kaa.Coroutine
    kaa.InProgress<AccessibleContext> co_getAccessibleContext() {
        yield_(); if (accessibleContext == null) {
            yield_(); accessibleContext = new AccessibleJList();
        }
        yield_(); return done(accessibleContext);
    }
}
