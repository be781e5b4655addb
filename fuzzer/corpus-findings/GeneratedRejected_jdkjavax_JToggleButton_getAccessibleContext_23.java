// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JToggleButton.java:JToggleButton.getAccessibleContext#23 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JToggleButton_getAccessibleContext_23.java
//
// ERROR Kc3594_Coroutines.java:42: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing;
// 
// import java.util.concurrent.TimeUnit;
// import javax.accessibility.AccessibleContext;
// import javax.annotation.processing.Generated;
// import javax.swing.JToggleButton;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc3594}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc3594_Coroutines extends Kc3594 {
//     Kc3594_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<AccessibleContext> co_getAccessibleContext() {
//         return new Co_getAccessibleContextMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc3594#co_getAccessibleContext()}.
//      */
//     private static final class Co_getAccessibleContextMachine extends CoroutineMachine<AccessibleContext> {
//         private final Kc3594_Coroutines self;
// 
//         Co_getAccessibleContextMachine(Kc3594_Coroutines self) {
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
//                         if (self.accessibleContext == null) {
//                             self.accessibleContext = new JToggleButton.AccessibleJToggleButton();
//                         }
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc3594.java:14  yield_()
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
import javax.swing.JToggleButton.*;
import static javax.swing.JToggleButton.*;
abstract class Kc3594 extends javax.swing.JToggleButton {
    @kaa.Coroutine
    kaa.InProgress<AccessibleContext> co_getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJToggleButton();
        }
        yield_(); return done(accessibleContext);
    }
}
