// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/function/Suppliers.java:Suppliers.get#1 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_Suppliers_get_1.java
//
// ERROR Kc1712_Coroutines.java:47: incompatible types: bad type in conditional expression
//     T cannot be converted to T
// 
// generated source:
// package org.apache.commons.lang3.function;
// 
// import java.util.concurrent.TimeUnit;
// import java.util.function.Supplier;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc1712}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1712_Coroutines extends Kc1712 {
//     Kc1712_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<T> co_get(Supplier<T> supplier) {
//         return new Co_getMachine<T>(supplier).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1712#co_get(java.util.function.Supplier)}.
//      */
//     private static final class Co_getMachine<T> extends CoroutineMachine<T> {
//         private Supplier<T> supplier;
// 
//         Co_getMachine(Supplier<T> supplier) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.supplier = supplier;
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
//                     case 1: { // Kc1712.java:12  yield_()
//                         resumedFromSlice();
//                         returnWith(supplier == null ? null : supplier.get());
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
//             supplier = null;
//         }
//     }
// }
// 

package org.apache.commons.lang3.function;
import java.util.function.Supplier;
import static kaa.Async.*;
import org.apache.commons.lang3.function.Suppliers.*;
import static org.apache.commons.lang3.function.Suppliers.*;
abstract class Kc1712 {
    static <T> T get(final Supplier<T> supplier) {
        return supplier == null ? null : supplier.get();
    }
    @kaa.Coroutine
    static <T> kaa.InProgress<T> co_get(final Supplier<T> supplier) {
        yield_(); return done(supplier == null ? null : supplier.get());
    }
}
