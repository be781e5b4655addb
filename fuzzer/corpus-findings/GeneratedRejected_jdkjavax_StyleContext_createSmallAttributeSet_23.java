// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/text/StyleContext.java:StyleContext.createSmallAttributeSet#23 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_StyleContext_createSmallAttributeSet_23.java
//
// ERROR Kc8453_Coroutines.java:52: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.text;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.text.AttributeSet;
// import javax.swing.text.StyleContext;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc8453}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc8453_Coroutines extends Kc8453 {
//     Kc8453_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<StyleContext.SmallAttributeSet> co_createSmallAttributeSet(AttributeSet a) {
//         return new Co_createSmallAttributeSetMachine(this, a).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc8453#co_createSmallAttributeSet(javax.swing.text.AttributeSet)}.
//      */
//     private static final class Co_createSmallAttributeSetMachine extends CoroutineMachine<StyleContext.SmallAttributeSet> {
//         private final Kc8453_Coroutines self;
// 
//         private AttributeSet a;
// 
//         Co_createSmallAttributeSetMachine(Kc8453_Coroutines self, AttributeSet a) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.a = a;
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
//                     case 1: { // Kc8453.java:9  yield_()
//                         resumedFromSlice();
//                         returnWith(new StyleContext.SmallAttributeSet(a));
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
//             a = null;
//         }
//     }
// }
// 

package kc.javax.swing.text;
import static kaa.Async.*;
import javax.swing.text.*;
import javax.swing.text.StyleContext.*;
import static javax.swing.text.StyleContext.*;
abstract class Kc8453 extends javax.swing.text.StyleContext {
    @kaa.Coroutine
    kaa.InProgress<SmallAttributeSet> co_createSmallAttributeSet(AttributeSet a) {
        yield_(); return done(new SmallAttributeSet(a));
    }
}
