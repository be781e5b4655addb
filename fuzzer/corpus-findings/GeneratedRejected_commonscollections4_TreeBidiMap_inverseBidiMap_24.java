// CORPUS FINDING: GENERATED_REJECTED
// method: commons-collections4:org/apache/commons/collections4/bidimap/TreeBidiMap.java:TreeBidiMap.inverseBidiMap#24 (commons-collections4-4.4-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-collections4/4.4/commons-collections4-4.4.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonscollections4_TreeBidiMap_inverseBidiMap_24.java
//
// ERROR Kc1725_Coroutines.java:60: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package org.apache.commons.collections4.bidimap;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.collections4.OrderedBidiMap;
// 
// /**
//  * The coroutines of {@link Kc1725}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1725_Coroutines<K extends Comparable<K>, V extends Comparable<V>> extends Kc1725<K, V> {
//     Kc1725_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<OrderedBidiMap<V, K>> co_inverseBidiMap() {
//         return new Co_inverseBidiMapMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1725#co_inverseBidiMap()}.
//      */
//     private static final class Co_inverseBidiMapMachine<K extends Comparable<K>, V extends Comparable<V>> extends CoroutineMachine<OrderedBidiMap<V, K>> {
//         private final Kc1725_Coroutines<K, V> self;
// 
//         Co_inverseBidiMapMachine(Kc1725_Coroutines<K, V> self) {
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
//                     case 1: { // Kc1725.java:10  yield_()
//                         resumedFromSlice();
//                         if (!(self.inverse == null)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc1725.java:11  yield_()
//                         resumedFromSlice();
//                         self.inverse = new TreeBidiMap.Inverse();
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // after if
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc1725.java:13  yield_()
//                         resumedFromSlice();
//                         returnWith(self.inverse);
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

package org.apache.commons.collections4.bidimap;
import org.apache.commons.collections4.OrderedBidiMap;
import static kaa.Async.*;
import org.apache.commons.collections4.bidimap.TreeBidiMap.*;
import static org.apache.commons.collections4.bidimap.TreeBidiMap.*;
abstract class Kc1725<K extends Comparable<K>, V extends Comparable<V>> extends org.apache.commons.collections4.bidimap.TreeBidiMap<K, V> {
    Inverse inverse = null;
    @kaa.Coroutine
    kaa.InProgress<OrderedBidiMap<V, K>> co_inverseBidiMap() {
        yield_(); if (inverse == null) {
            yield_(); inverse = new Inverse();
        }
        yield_(); return done(inverse);
    }
}
