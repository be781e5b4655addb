// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/text/html/HTMLDocument.java:HTMLDocument.createBranchElement#16 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_HTMLDocument_createBranchElement_16.java
//
// ERROR Kc1372_Coroutines.java:48: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.text.html;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.text.AttributeSet;
// import javax.swing.text.Element;
// import javax.swing.text.html.HTMLDocument;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc1372}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1372_Coroutines extends Kc1372 {
//     Kc1372_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Element> co_createBranchElement(Element parent, AttributeSet a) {
//         return new Co_createBranchElementMachine(this, parent, a).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1372#co_createBranchElement(javax.swing.text.Element, javax.swing.text.AttributeSet)}.
//      */
//     private static final class Co_createBranchElementMachine extends CoroutineMachine<Element> {
//         private final Kc1372_Coroutines self;
// 
//         private Element parent;
// 
//         private AttributeSet a;
// 
//         Co_createBranchElementMachine(Kc1372_Coroutines self, Element parent, AttributeSet a) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.parent = parent;
//             this.a = a;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         returnWith(new HTMLDocument.BlockElement(parent, a));
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
//             a = null;
//         }
//     }
// }
// 

package kc.javax.swing.text.html;
import javax.swing.text.AttributeSet;
import javax.swing.text.Element;
import static kaa.Async.*;
import javax.swing.text.html.*;
import javax.swing.text.html.HTMLDocument.*;
import static javax.swing.text.html.HTMLDocument.*;
abstract class Kc1372 extends javax.swing.text.html.HTMLDocument {
    @kaa.Coroutine
    kaa.InProgress<Element> co_createBranchElement(Element parent, AttributeSet a) {
        return done(new BlockElement(parent, a));
    }
}
