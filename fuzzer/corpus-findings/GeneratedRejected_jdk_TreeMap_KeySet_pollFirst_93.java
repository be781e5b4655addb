// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/TreeMap.java:TreeMap.KeySet.pollFirst#93 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_TreeMap_KeySet_pollFirst_93.java
//
// ERROR Kc28381_Coroutines.java:66: incompatible types: bad type in conditional expression
//     E cannot be converted to E
// 
// generated source:
// package kc.java.util;
// 
// import java.util.Map;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc28381}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc28381_Coroutines<E> extends Kc28381<E> {
//     Kc28381_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<E> co_pollFirst() {
//         return new Co_pollFirstMachine<E>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc28381#co_pollFirst()}.
//      */
//     private static final class Co_pollFirstMachine<E> extends CoroutineMachine<E> {
//         private final Kc28381_Coroutines<E> self;
// 
//         private Map.Entry<E, ?> e;
// 
//         Co_pollFirstMachine(Kc28381_Coroutines<E> self) {
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
//                     case 1: { // Kc28381.java:10  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(self.m.pollFirstEntry()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc28381.java:10  yield_(kaa.InProgress.finished(m.pollFirstEntry()))
//                         e = this.<Map.Entry<E, ?>>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc28381.java:11  yield_()
//                         resumedFromSlice();
//                         returnWith((e == null) ? null : e.getKey());
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
//             e = null;
//         }
//     }
// }
// 

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.TreeMap.*;
import static java.util.TreeMap.*;
abstract class Kc28381<E> {
    NavigableMap<E, ?> m;
    @kaa.Coroutine
    kaa.InProgress<E> co_pollFirst() {
            yield_(); Map.Entry<E,?> e = yield_(kaa.InProgress.finished(m.pollFirstEntry()));
            yield_(); return done((e == null) ? null : e.getKey());
        }
}
