// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/text/StrBuilder.java:StrBuilder.asReader#84 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_StrBuilder_asReader_84.java
//
// ERROR Kc2329_Coroutines.java:48: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package org.apache.commons.lang3.text;
// 
// import java.io.Reader;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc2329}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc2329_Coroutines extends Kc2329 {
//     Kc2329_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Reader> co_asReader() {
//         return new Co_asReaderMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc2329#co_asReader()}.
//      */
//     private static final class Co_asReaderMachine extends CoroutineMachine<Reader> {
//         private final Kc2329_Coroutines self;
// 
//         Co_asReaderMachine(Kc2329_Coroutines self) {
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
//                     case 1: { // Kc2329.java:9  yield_()
//                         resumedFromSlice();
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

package org.apache.commons.lang3.text;
import java.io.Reader;
import static kaa.Async.*;
import org.apache.commons.lang3.text.StrBuilder.*;
import static org.apache.commons.lang3.text.StrBuilder.*;
abstract class Kc2329 extends org.apache.commons.lang3.text.StrBuilder {
    @kaa.Coroutine
    kaa.InProgress<Reader> co_asReader() {
        yield_(); return done(new StrBuilderReader());
    }
}
