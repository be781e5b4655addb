// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/Collections.java:Collections.CheckedSortedMap.comparator#506 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Collections_CheckedSortedMap_comparator_506.java
//
// ERROR Kc23751_Coroutines.java:47: incompatible types: java.util.Comparator<capture#1 of ?> cannot be converted to java.util.Comparator<? super K>
// 
// generated source:
// package kc.java.util;
// 
// import java.util.Comparator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc23751}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc23751_Coroutines<K, V> extends Kc23751<K, V> {
//     Kc23751_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Comparator<? super K>> co_comparator() {
//         return new Co_comparatorMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc23751#co_comparator()}.
//      */
//     private static final class Co_comparatorMachine<K, V> extends CoroutineMachine<Comparator<? super K>> {
//         private final Kc23751_Coroutines<K, V> self;
// 
//         Co_comparatorMachine(Kc23751_Coroutines<K, V> self) {
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
//                         if (await(InProgress.finished(self.sm.comparator()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc23751.java:10  yield_(kaa.InProgress.finished(sm.comparator()))
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

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.Collections.*;
import static java.util.Collections.*;
abstract class Kc23751<K,V> {
    SortedMap<K, V> sm;
    Comparator<? super K> comparator() { return sm.comparator(); }
    @kaa.Coroutine
    kaa.InProgress<Comparator<? super K>> co_comparator() { return done(yield_(kaa.InProgress.finished(sm.comparator()))); }
}
