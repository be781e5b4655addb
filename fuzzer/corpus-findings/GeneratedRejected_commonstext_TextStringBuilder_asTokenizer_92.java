// CORPUS FINDING: GENERATED_REJECTED
// method: commons-text:org/apache/commons/text/TextStringBuilder.java:TextStringBuilder.asTokenizer#92 (commons-text-1.12.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-text/1.12.0/commons-text-1.12.0.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonstext_TextStringBuilder_asTokenizer_92.java
//
// ERROR Kc762_Coroutines.java:47: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package org.apache.commons.text;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc762}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc762_Coroutines extends Kc762 {
//     Kc762_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<StringTokenizer> co_asTokenizer() {
//         return new Co_asTokenizerMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc762#co_asTokenizer()}.
//      */
//     private static final class Co_asTokenizerMachine extends CoroutineMachine<StringTokenizer> {
//         private final Kc762_Coroutines self;
// 
//         Co_asTokenizerMachine(Kc762_Coroutines self) {
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
//                     case 1: { // Kc762.java:8  yield_()
//                         resumedFromSlice();
//                         returnWith(new TextStringBuilder.TextStringBuilderTokenizer());
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

package org.apache.commons.text;
import static kaa.Async.*;
import org.apache.commons.text.TextStringBuilder.*;
import static org.apache.commons.text.TextStringBuilder.*;
abstract class Kc762 extends org.apache.commons.text.TextStringBuilder {
    @kaa.Coroutine
    kaa.InProgress<StringTokenizer> co_asTokenizer() {
        yield_(); return done(new TextStringBuilderTokenizer());
    }
}
