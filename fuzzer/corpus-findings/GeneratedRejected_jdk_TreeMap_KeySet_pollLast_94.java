// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/TreeMap.java:TreeMap.KeySet.pollLast#94 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_TreeMap_KeySet_pollLast_94.java
//
// ERROR Kc28382_Coroutines.java:48: incompatible types: bad type in conditional expression
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
//  * The coroutines of {@link Kc28382}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc28382_Coroutines<E> extends Kc28382<E> {
//     Kc28382_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<E> co_pollLast() {
//         return new Co_pollLastMachine<E>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc28382#co_pollLast()}.
//      */
//     private static final class Co_pollLastMachine<E> extends CoroutineMachine<E> {
//         private final Kc28382_Coroutines<E> self;
// 
//         Co_pollLastMachine(Kc28382_Coroutines<E> self) {
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
//                         if (await(InProgress.finished(self.m.pollLastEntry()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc28382.java:10  yield_(kaa.InProgress.finished(m.pollLastEntry()))
//                         Map.Entry<E, ?> e = this.<Map.Entry<E, ?>>awaitedValue();
//                         returnWith((e == null) ? null : e.getKey());
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

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.TreeMap.*;
import static java.util.TreeMap.*;
abstract class Kc28382<E> {
    NavigableMap<E, ?> m;
    @kaa.Coroutine
    kaa.InProgress<E> co_pollLast() {
            Map.Entry<E,?> e = yield_(kaa.InProgress.finished(m.pollLastEntry()));
            return done((e == null) ? null : e.getKey());
        }
}
