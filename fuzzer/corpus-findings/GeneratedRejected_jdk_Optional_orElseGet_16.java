// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/Optional.java:Optional.orElseGet#16 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Optional_orElseGet_16.java
//
// ERROR Kc28664_Coroutines.java:51: incompatible types: bad type in conditional expression
//     T cannot be converted to T
// 
// generated source:
// package kc.java.util;
// 
// import java.util.concurrent.TimeUnit;
// import java.util.function.Supplier;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc28664}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc28664_Coroutines<T> extends Kc28664<T> {
//     Kc28664_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<T> co_orElseGet(Supplier<? extends T> supplier) {
//         return new Co_orElseGetMachine<T>(this, supplier).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc28664#co_orElseGet(java.util.function.Supplier)}.
//      */
//     private static final class Co_orElseGetMachine<T> extends CoroutineMachine<T> {
//         private final Kc28664_Coroutines<T> self;
// 
//         private Supplier<? extends T> supplier;
// 
//         Co_orElseGetMachine(Kc28664_Coroutines<T> self, Supplier<? extends T> supplier) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
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
//                     case 1: { // Kc28664.java:17  yield_()
//                         resumedFromSlice();
//                         returnWith(self.value != null ? self.value : supplier.get());
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

package kc.java.util;
import java.util.function.Supplier;
import static kaa.Async.*;
import java.util.*;
import java.util.Optional.*;
import static java.util.Optional.*;
abstract class Kc28664<T> {
    T value;
    T get() {
        if (value == null) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }
    @kaa.Coroutine
    kaa.InProgress<T> co_orElseGet(Supplier<? extends T> supplier) {
        yield_(); return done(value != null ? value : supplier.get());
    }
}
