// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/TreeMap.java:TreeMap.KeySet.comparator#92 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_TreeMap_KeySet_comparator_92.java
//
// ERROR Kc28380_Coroutines.java:55: incompatible types: java.util.Comparator<capture#1 of ?> cannot be converted to java.util.Comparator<? super E>
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
//  * The coroutines of {@link Kc28380}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc28380_Coroutines<E> extends Kc28380<E> {
//     Kc28380_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Comparator<? super E>> co_comparator() {
//         return new Co_comparatorMachine<E>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc28380#co_comparator()}.
//      */
//     private static final class Co_comparatorMachine<E> extends CoroutineMachine<Comparator<? super E>> {
//         private final Kc28380_Coroutines<E> self;
// 
//         Co_comparatorMachine(Kc28380_Coroutines<E> self) {
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
//                     case 1: { // Kc28380.java:10  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(self.m.comparator()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc28380.java:10  yield_(kaa.InProgress.finished(m.comparator()))
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
import java.util.TreeMap.*;
import static java.util.TreeMap.*;
abstract class Kc28380<E> {
    NavigableMap<E, ?> m;
    Comparator<? super E> comparator() { return m.comparator(); }
    @kaa.Coroutine
    kaa.InProgress<Comparator<? super E>> co_comparator() { yield_(); return done(yield_(kaa.InProgress.finished(m.comparator()))); }
}
