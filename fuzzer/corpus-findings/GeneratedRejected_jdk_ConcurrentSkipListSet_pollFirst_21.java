// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/concurrent/ConcurrentSkipListSet.java:ConcurrentSkipListSet.pollFirst#21 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ConcurrentSkipListSet_pollFirst_21.java
//
// ERROR Kc11422_Coroutines.java:48: incompatible types: bad type in conditional expression
//     E cannot be converted to E
// 
// generated source:
// package kc.java.util.concurrent;
// 
// import java.util.Map;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc11422}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// abstract class Kc11422_Coroutines<E> extends Kc11422<E> {
//     Kc11422_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<E> co_pollFirst() {
//         return new Co_pollFirstMachine<E>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc11422#co_pollFirst()}.
//      */
//     private static final class Co_pollFirstMachine<E> extends CoroutineMachine<E> {
//         private final Kc11422_Coroutines<E> self;
// 
//         Co_pollFirstMachine(Kc11422_Coroutines<E> self) {
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
//                         if (await(InProgress.finished(self.m.pollFirstEntry()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc11422.java:11  yield_(kaa.InProgress.finished(m.pollFirstEntry()))
//                         Map.Entry<E, Object> e = this.<Map.Entry<E, Object>>awaitedValue();
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

package kc.java.util.concurrent;
import java.util.Map;
import static kaa.Async.*;
import java.util.concurrent.*;
import java.util.concurrent.ConcurrentSkipListSet.*;
import static java.util.concurrent.ConcurrentSkipListSet.*;
abstract class Kc11422<E> extends java.util.concurrent.ConcurrentSkipListSet<E> {
    ConcurrentNavigableMap<E,Object> m;
    @kaa.Coroutine
    kaa.InProgress<E> co_pollFirst() {
        Map.Entry<E,Object> e = yield_(kaa.InProgress.finished(m.pollFirstEntry()));
        return done((e == null) ? null : e.getKey());
    }
}
