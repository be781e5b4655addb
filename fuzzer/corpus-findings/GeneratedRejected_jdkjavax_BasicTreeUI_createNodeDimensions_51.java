// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicTreeUI.java:BasicTreeUI.createNodeDimensions#51 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicTreeUI_createNodeDimensions_51.java
//
// ERROR Kc16083_Coroutines.java:41: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.plaf.basic.BasicTreeUI;
// import javax.swing.tree.AbstractLayoutCache;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc16083}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc16083_Coroutines extends Kc16083 {
//     Kc16083_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<AbstractLayoutCache.NodeDimensions> co_createNodeDimensions() {
//         return new Co_createNodeDimensionsMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc16083#co_createNodeDimensions()}.
//      */
//     private static final class Co_createNodeDimensionsMachine extends CoroutineMachine<AbstractLayoutCache.NodeDimensions> {
//         private final Kc16083_Coroutines self;
// 
//         Co_createNodeDimensionsMachine(Kc16083_Coroutines self) {
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
//                         returnWith(new BasicTreeUI.NodeDimensionsHandler());
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
import javax.swing.tree.AbstractLayoutCache;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicTreeUI.*;
import static javax.swing.plaf.basic.BasicTreeUI.*;
abstract class Kc16083 extends javax.swing.plaf.basic.BasicTreeUI {
    @kaa.Coroutine
    kaa.InProgress<AbstractLayoutCache.NodeDimensions> co_createNodeDimensions() {
        return done(new NodeDimensionsHandler());
    }
}
