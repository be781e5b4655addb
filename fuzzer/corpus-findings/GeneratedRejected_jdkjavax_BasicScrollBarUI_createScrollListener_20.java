// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicScrollBarUI.java:BasicScrollBarUI.createScrollListener#20 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicScrollBarUI_createScrollListener_20.java
//
// ERROR Kc10667_Coroutines.java:48: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.plaf.basic.BasicScrollBarUI;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc10667}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc10667_Coroutines extends Kc10667 {
//     Kc10667_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<BasicScrollBarUI.ScrollListener> co_createScrollListener() {
//         return new Co_createScrollListenerMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc10667#co_createScrollListener()}.
//      */
//     private static final class Co_createScrollListenerMachine extends CoroutineMachine<BasicScrollBarUI.ScrollListener> {
//         private final Kc10667_Coroutines self;
// 
//         Co_createScrollListenerMachine(Kc10667_Coroutines self) {
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
//                     case 1: { // Kc10667.java:9  yield_()
//                         resumedFromSlice();
//                         returnWith(new BasicScrollBarUI.ScrollListener());
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
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicScrollBarUI.*;
import static javax.swing.plaf.basic.BasicScrollBarUI.*;
abstract class Kc10667 extends javax.swing.plaf.basic.BasicScrollBarUI {
    @kaa.Coroutine
    kaa.InProgress<ScrollListener> co_createScrollListener() {
        yield_(); return done(new ScrollListener());
    }
}
