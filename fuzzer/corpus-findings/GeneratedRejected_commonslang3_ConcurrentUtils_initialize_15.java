// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/concurrent/ConcurrentUtils.java:ConcurrentUtils.initialize#15 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_ConcurrentUtils_initialize_15.java
//
// ERROR Kc1047_Coroutines.java:47: incompatible types: bad type in conditional expression
//     T cannot be converted to T
// 
// generated source:
// package org.apache.commons.lang3.concurrent;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc1047}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1047_Coroutines extends Kc1047 {
//     Kc1047_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<T> co_initialize(ConcurrentInitializer<T> initializer) throws
//             ConcurrentException {
//         return new Co_initializeMachine<T>(initializer).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1047#co_initialize(org.apache.commons.lang3.concurrent.ConcurrentInitializer)}.
//      */
//     private static final class Co_initializeMachine<T> extends CoroutineMachine<T> {
//         private ConcurrentInitializer<T> initializer;
// 
//         Co_initializeMachine(ConcurrentInitializer<T> initializer) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.initializer = initializer;
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
//                     case 1: { // Kc1047.java:8  yield_()
//                         resumedFromSlice();
//                         returnWith(initializer != null ? initializer.get() : null);
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
//             initializer = null;
//         }
//     }
// }
// 

package org.apache.commons.lang3.concurrent;
import static kaa.Async.*;
import org.apache.commons.lang3.concurrent.ConcurrentUtils.*;
import static org.apache.commons.lang3.concurrent.ConcurrentUtils.*;
abstract class Kc1047 {
    @kaa.Coroutine
    static <T> kaa.InProgress<T> co_initialize(final ConcurrentInitializer<T> initializer) throws ConcurrentException {
        yield_(); return done(initializer != null ? initializer.get() : null);
    }
}
