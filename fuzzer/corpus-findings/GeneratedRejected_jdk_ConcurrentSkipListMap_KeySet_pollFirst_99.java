// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/concurrent/ConcurrentSkipListMap.java:ConcurrentSkipListMap.KeySet.pollFirst#99 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ConcurrentSkipListMap_KeySet_pollFirst_99.java
//
// ERROR Kc17644_Coroutines.java:49: incompatible types: bad type in conditional expression
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
//  * The coroutines of {@link Kc17644}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc17644_Coroutines<K, V> extends Kc17644<K, V> {
//     Kc17644_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<K> co_pollFirst() {
//         return new Co_pollFirstMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc17644#co_pollFirst()}.
//      */
//     private static final class Co_pollFirstMachine<K, V> extends CoroutineMachine<K> {
//         private final Kc17644_Coroutines<K, V> self;
// 
//         Co_pollFirstMachine(Kc17644_Coroutines<K, V> self) {
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
//                     case 1: { // Kc17644.java:11  yield_()
//                         resumedFromSlice();
//                         Map.Entry<K, V> e = self.m.pollFirstEntry();
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
import java.util.concurrent.ConcurrentSkipListMap.*;
import static java.util.concurrent.ConcurrentSkipListMap.*;
abstract class Kc17644<K,V> {
    ConcurrentNavigableMap<K,V> m;
    @kaa.Coroutine
    kaa.InProgress<K> co_pollFirst() {
            yield_(); Map.Entry<K,V> e = m.pollFirstEntry();
            return done((e == null) ? null : e.getKey());
        }
}
