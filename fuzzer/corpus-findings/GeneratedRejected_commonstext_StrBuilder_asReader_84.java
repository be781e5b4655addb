// CORPUS FINDING: GENERATED_REJECTED
// method: commons-text:org/apache/commons/text/StrBuilder.java:StrBuilder.asReader#84 (commons-text-1.12.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-text/1.12.0/commons-text-1.12.0.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonstext_StrBuilder_asReader_84.java
//
// ERROR Kc346_Coroutines.java:40: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package org.apache.commons.text;
// 
// import java.io.Reader;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc346}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc346_Coroutines extends Kc346 {
//     Kc346_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Reader> co_asReader() {
//         return new Co_asReaderMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc346#co_asReader()}.
//      */
//     private static final class Co_asReaderMachine extends CoroutineMachine<Reader> {
//         private final Kc346_Coroutines self;
// 
//         Co_asReaderMachine(Kc346_Coroutines self) {
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
//                         returnWith(new StrBuilder.StrBuilderReader());
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
import java.io.Reader;
import static kaa.Async.*;
import org.apache.commons.text.StrBuilder.*;
import static org.apache.commons.text.StrBuilder.*;
abstract class Kc346 extends org.apache.commons.text.StrBuilder {
    @kaa.Coroutine
    kaa.InProgress<Reader> co_asReader() {
        return done(new StrBuilderReader());
    }
}
