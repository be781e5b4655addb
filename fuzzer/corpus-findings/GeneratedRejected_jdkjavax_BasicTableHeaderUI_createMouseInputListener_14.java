// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicTableHeaderUI.java:BasicTableHeaderUI.createMouseInputListener#14 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicTableHeaderUI_createMouseInputListener_14.java
//
// ERROR Kc13234_Coroutines.java:41: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.event.MouseInputListener;
// import javax.swing.plaf.basic.BasicTableHeaderUI;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc13234}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc13234_Coroutines extends Kc13234 {
//     Kc13234_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<MouseInputListener> co_createMouseInputListener() {
//         return new Co_createMouseInputListenerMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc13234#co_createMouseInputListener()}.
//      */
//     private static final class Co_createMouseInputListenerMachine extends CoroutineMachine<MouseInputListener> {
//         private final Kc13234_Coroutines self;
// 
//         Co_createMouseInputListenerMachine(Kc13234_Coroutines self) {
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
//                         returnWith(new BasicTableHeaderUI.MouseInputHandler());
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
import java.awt.*;
import java.awt.event.*;
import java.util.*;
import javax.swing.*;
import javax.swing.event.*;
import javax.swing.plaf.*;
import javax.swing.table.*;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicTableHeaderUI.*;
import static javax.swing.plaf.basic.BasicTableHeaderUI.*;
abstract class Kc13234 extends javax.swing.plaf.basic.BasicTableHeaderUI {
    @kaa.Coroutine
    kaa.InProgress<MouseInputListener> co_createMouseInputListener() {
        return done(new MouseInputHandler());
    }
}
