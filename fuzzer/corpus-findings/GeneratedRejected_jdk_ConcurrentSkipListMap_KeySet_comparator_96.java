// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/concurrent/ConcurrentSkipListMap.java:ConcurrentSkipListMap.KeySet.comparator#96 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ConcurrentSkipListMap_KeySet_comparator_96.java
//
// ERROR Kc17641_Coroutines.java:55: incompatible types: java.util.Comparator<capture#2 of ?> cannot be converted to java.util.Comparator<? super K>
// 
// generated source:
// package kc.java.util.concurrent;
// 
// import java.util.Comparator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc17641}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc17641_Coroutines<K, V> extends Kc17641<K, V> {
//     Kc17641_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Comparator<? super K>> co_comparator() {
//         return new Co_comparatorMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc17641#co_comparator()}.
//      */
//     private static final class Co_comparatorMachine<K, V> extends CoroutineMachine<Comparator<? super K>> {
//         private final Kc17641_Coroutines<K, V> self;
// 
//         Co_comparatorMachine(Kc17641_Coroutines<K, V> self) {
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
//                     case 1: { // Kc17641.java:11  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(self.m.comparator()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc17641.java:11  yield_(kaa.InProgress.finished(m.comparator()))
//                         returnWith(this.<Comparator<?>>awaitedValue());
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
import java.util.Comparator;
import static kaa.Async.*;
import java.util.concurrent.*;
import java.util.concurrent.ConcurrentSkipListMap.*;
import static java.util.concurrent.ConcurrentSkipListMap.*;
abstract class Kc17641<K,V> {
    ConcurrentNavigableMap<K,V> m;
    Comparator<? super K> comparator() { return m.comparator(); }
    @kaa.Coroutine
    kaa.InProgress<Comparator<? super K>> co_comparator() { yield_(); return done(yield_(kaa.InProgress.finished(m.comparator()))); }
}
