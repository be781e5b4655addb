// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JScrollPane.java:JScrollPane.getAccessibleContext#46 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JScrollPane_getAccessibleContext_46.java
//
// ERROR Kc21244_Coroutines.java:42: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing;
// 
// import java.util.concurrent.TimeUnit;
// import javax.accessibility.AccessibleContext;
// import javax.annotation.processing.Generated;
// import javax.swing.JScrollPane;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21244}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21244_Coroutines extends Kc21244 {
//     Kc21244_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<AccessibleContext> co_getAccessibleContext() {
//         return new Co_getAccessibleContextMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21244#co_getAccessibleContext()}.
//      */
//     private static final class Co_getAccessibleContextMachine extends CoroutineMachine<AccessibleContext> {
//         private final Kc21244_Coroutines self;
// 
//         Co_getAccessibleContextMachine(Kc21244_Coroutines self) {
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
//                             self.accessibleContext = new JScrollPane.AccessibleJScrollPane();
//                         }
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
import javax.swing.JScrollPane.*;
import static javax.swing.JScrollPane.*;
abstract class Kc21244 extends javax.swing.JScrollPane {
    @kaa.Coroutine
    kaa.InProgress<AccessibleContext> co_getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJScrollPane();
        }
        return done(accessibleContext);
    }
}
