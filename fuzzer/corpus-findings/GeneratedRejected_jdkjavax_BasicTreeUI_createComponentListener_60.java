// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicTreeUI.java:BasicTreeUI.createComponentListener#60 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicTreeUI_createComponentListener_60.java
//
// ERROR Kc16092_Coroutines.java:49: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.awt.event.ComponentListener;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.plaf.basic.BasicTreeUI;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc16092}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc16092_Coroutines extends Kc16092 {
//     Kc16092_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<ComponentListener> co_createComponentListener() {
//         return new Co_createComponentListenerMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc16092#co_createComponentListener()}.
//      */
//     private static final class Co_createComponentListenerMachine extends CoroutineMachine<ComponentListener> {
//         private final Kc16092_Coroutines self;
// 
//         Co_createComponentListenerMachine(Kc16092_Coroutines self) {
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
//                     case 1: { // Kc16092.java:10  yield_()
//                         resumedFromSlice();
//                         returnWith(new BasicTreeUI.ComponentHandler());
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

package kc.javax.swing.plaf.basic;
import java.awt.event.ComponentListener;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicTreeUI.*;
import static javax.swing.plaf.basic.BasicTreeUI.*;
abstract class Kc16092 extends javax.swing.plaf.basic.BasicTreeUI {
    @kaa.Coroutine
    kaa.InProgress<ComponentListener> co_createComponentListener() {
        yield_(); return done(new ComponentHandler());
    }
}
