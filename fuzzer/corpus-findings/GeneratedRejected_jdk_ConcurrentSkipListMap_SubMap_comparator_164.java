// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/concurrent/ConcurrentSkipListMap.java:ConcurrentSkipListMap.SubMap.comparator#164 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ConcurrentSkipListMap_SubMap_comparator_164.java
//
// ERROR Kc17706_Coroutines.java:50: incompatible types: java.util.Comparator<capture#1 of ?> cannot be converted to java.util.Comparator<? super K>
// ERROR Kc17706_Coroutines.java:63: incompatible types: java.util.Comparator<capture#3 of ?> cannot be converted to java.util.Comparator<? super K>
// 
// generated source:
// package kc.java.util.concurrent;
// 
// import java.util.Collections;
// import java.util.Comparator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc17706}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc17706_Coroutines<K, V> extends Kc17706<K, V> {
//     Kc17706_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Comparator<? super K>> co_comparator() {
//         return new Co_comparatorMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc17706#co_comparator()}.
//      */
//     private static final class Co_comparatorMachine<K, V> extends CoroutineMachine<Comparator<? super K>> {
//         private final Kc17706_Coroutines<K, V> self;
// 
//         private Comparator<? super K> cmp;
// 
//         Co_comparatorMachine(Kc17706_Coroutines<K, V> self) {
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
//                         if (await(InProgress.finished(self.m.comparator()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc17706.java:20  yield_(kaa.InProgress.finished(m.comparator()))
//                         cmp = this.<Comparator<?>>awaitedValue();
//                         if (!(self.isDescending)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(Collections.reverseOrder(cmp)), 2)) {
//                             cmp = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc17706.java:22  yield_(kaa.InProgress.finished(Collections.reverseOrder(cmp)))
//                         returnWith(this.<Comparator<?>>awaitedValue());
//                         return;
//                     }
//                     case 3: { // else
//                         returnWith(cmp);
//                         return;
//                     }
//                     case 4: { // after if
//                         throw new IllegalStateException("the coroutine body ended without return");
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
// 
//         @Override
//         protected void clearFields() {
//             cmp = null;
//         }
//     }
// }
// 

package kc.java.util.concurrent;
import java.util.Collections;
import java.util.Comparator;
import static kaa.Async.*;
import java.util.concurrent.*;
import java.util.concurrent.ConcurrentSkipListMap.*;
import static java.util.concurrent.ConcurrentSkipListMap.*;
abstract class Kc17706<K,V> {
    ConcurrentSkipListMap<K,V> m;
    boolean isDescending;
    Comparator<? super K> comparator() {
            Comparator<? super K> cmp = m.comparator();
            if (isDescending)
                return Collections.reverseOrder(cmp);
            else
                return cmp;
        }
    @kaa.Coroutine
    kaa.InProgress<Comparator<? super K>> co_comparator() {
            Comparator<? super K> cmp = yield_(kaa.InProgress.finished(m.comparator()));
            if (isDescending)
                return done(yield_(kaa.InProgress.finished(Collections.reverseOrder(cmp))));
            else
                return done(cmp);
        }
}
