// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/text/DefaultStyledDocument.java:DefaultStyledDocument.createDefaultRoot#22 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_DefaultStyledDocument_createDefaultRoot_22.java
//
// ERROR Kc10191_Coroutines.java:57: non-static variable this cannot be referenced from a static context
// ERROR Kc10191_Coroutines.java:58: non-static variable this cannot be referenced from a static context
// ERROR Kc10191_Coroutines.java:59: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.javax.swing.text;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.text.AbstractDocument;
// import javax.swing.text.DefaultStyledDocument;
// import javax.swing.text.Element;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc10191}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc10191_Coroutines extends Kc10191 {
//     Kc10191_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<AbstractDocument.AbstractElement> co_createDefaultRoot() {
//         return new Co_createDefaultRootMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc10191#co_createDefaultRoot()}.
//      */
//     private static final class Co_createDefaultRootMachine extends CoroutineMachine<AbstractDocument.AbstractElement> {
//         private final Kc10191_Coroutines self;
// 
//         private AbstractDocument.BranchElement section;
// 
//         private AbstractDocument.BranchElement paragraph;
// 
//         private AbstractDocument.LeafElement brk;
// 
//         Co_createDefaultRootMachine(Kc10191_Coroutines self) {
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
//                     case 1: { // Kc10191.java:14  yield_()
//                         resumedFromSlice();
//                         self.writeLock();
//                         section = new DefaultStyledDocument.SectionElement();
//                         paragraph = new AbstractDocument.BranchElement(section, null);
//                         brk = new AbstractDocument.LeafElement(paragraph, null, 0, 1);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc10191.java:19  yield_()
//                         resumedFromSlice();
//                         Element[] buff = new Element[1];
//                         buff[0] = brk;
//                         paragraph.replace(0, 0, buff);
//                         buff[0] = paragraph;
//                         section.replace(0, 0, buff);
//                         if (yieldSlice(3)) {
//                             paragraph = null;
//                             brk = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc10191.java:25  yield_()
//                         resumedFromSlice();
//                         self.writeUnlock();
//                         returnWith(section);
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
//             section = null;
//             paragraph = null;
//             brk = null;
//         }
//     }
// }
// 

package kc.javax.swing.text;
import javax.swing.event.*;
import static kaa.Async.*;
import javax.swing.text.*;
import javax.swing.text.DefaultStyledDocument.*;
import static javax.swing.text.DefaultStyledDocument.*;
abstract class Kc10191 extends javax.swing.text.DefaultStyledDocument {
    @kaa.Coroutine
    kaa.InProgress<AbstractElement> co_createDefaultRoot() {
        // grabs a write-lock for this initialization and
        // abandon it during initialization so in normal
        // operation we can detect an illegitimate attempt
        // to mutate attributes.
        yield_(); writeLock();
        BranchElement section = new SectionElement();
        BranchElement paragraph = new BranchElement(section, null);

        LeafElement brk = new LeafElement(paragraph, null, 0, 1);
        yield_(); Element[] buff = new Element[1];
        buff[0] = brk;
        paragraph.replace(0, 0, buff);

        buff[0] = paragraph;
        section.replace(0, 0, buff);
        yield_(); writeUnlock();
        return done(section);
    }
}
