// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/text/html/HTMLDocument.java:HTMLDocument.createLeafElement#15 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_HTMLDocument_createLeafElement_15.java
//
// ERROR Kc1371_Coroutines.java:55: non-static variable this cannot be referenced from a static context
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
//  * The coroutines of {@link Kc1371}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1371_Coroutines extends Kc1371 {
//     Kc1371_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Element> co_createLeafElement(Element parent, AttributeSet a, int p0, int p1) {
//         return new Co_createLeafElementMachine(this, parent, a, p0, p1).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1371#co_createLeafElement(javax.swing.text.Element, javax.swing.text.AttributeSet, int, int)}.
//      */
//     private static final class Co_createLeafElementMachine extends CoroutineMachine<Element> {
//         private final Kc1371_Coroutines self;
// 
//         private Element parent;
// 
//         private AttributeSet a;
// 
//         private int p0;
// 
//         private int p1;
// 
//         Co_createLeafElementMachine(Kc1371_Coroutines self, Element parent, AttributeSet a, int p0,
//                 int p1) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.parent = parent;
//             this.a = a;
//             this.p0 = p0;
//             this.p1 = p1;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         returnWith(new HTMLDocument.RunElement(parent, a, p0, p1));
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
abstract class Kc1371 extends javax.swing.text.html.HTMLDocument {
    @kaa.Coroutine
    kaa.InProgress<Element> co_createLeafElement(Element parent, AttributeSet a, int p0, int p1) {
        return done(new RunElement(parent, a, p0, p1));
    }
}
