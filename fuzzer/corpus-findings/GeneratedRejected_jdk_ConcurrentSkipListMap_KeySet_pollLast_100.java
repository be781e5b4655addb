// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/concurrent/ConcurrentSkipListMap.java:ConcurrentSkipListMap.KeySet.pollLast#100 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ConcurrentSkipListMap_KeySet_pollLast_100.java
//
// ERROR Kc17645_Coroutines.java:58: incompatible types: bad type in conditional expression
//     K cannot be converted to K
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
//  * The coroutines of {@link Kc17645}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc17645_Coroutines<K, V> extends Kc17645<K, V> {
//     Kc17645_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<K> co_pollLast() {
//         return new Co_pollLastMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc17645#co_pollLast()}.
//      */
//     private static final class Co_pollLastMachine<K, V> extends CoroutineMachine<K> {
//         private final Kc17645_Coroutines<K, V> self;
// 
//         private Map.Entry<K, V> e;
// 
//         Co_pollLastMachine(Kc17645_Coroutines<K, V> self) {
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
//                     case 1: { // Kc17645.java:11  yield_(kaa.InProgress.finished(m.pollLastEntry()))
//                         e = this.<Map.Entry<K, V>>awaitedValue();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc17645.java:12  yield_()
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

package kc.java.util.concurrent;
import java.util.Map;
import static kaa.Async.*;
import java.util.concurrent.*;
import java.util.concurrent.ConcurrentSkipListMap.*;
import static java.util.concurrent.ConcurrentSkipListMap.*;
abstract class Kc17645<K,V> {
    ConcurrentNavigableMap<K,V> m;
    @kaa.Coroutine
    kaa.InProgress<K> co_pollLast() {
            Map.Entry<K,V> e = yield_(kaa.InProgress.finished(m.pollLastEntry()));
            yield_(); return done((e == null) ? null : e.getKey());
        }
}
