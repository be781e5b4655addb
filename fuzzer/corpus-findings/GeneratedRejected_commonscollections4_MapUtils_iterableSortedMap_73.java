// CORPUS FINDING: GENERATED_REJECTED
// method: commons-collections4:org/apache/commons/collections4/MapUtils.java:MapUtils.iterableSortedMap#73 (commons-collections4-4.4-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-collections4/4.4/commons-collections4-4.4.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonscollections4_MapUtils_iterableSortedMap_73.java
//
// ERROR Kc2174_Coroutines.java:53: ')' expected
// ERROR Kc2174_Coroutines.java:53: not a statement
// ERROR Kc2174_Coroutines.java:53: ';' expected
// ERROR Kc2174_Coroutines.java:53: org.apache.commons.collections4.map.AbstractSortedMapDecorator is abstract; cannot be instantiated
// 
// generated source:
// package org.apache.commons.collections4;
// 
// import java.util.SortedMap;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.collections4.map.AbstractSortedMapDecorator;
// 
// /**
//  * The coroutines of {@link Kc2174}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc2174_Coroutines extends Kc2174 {
//     Kc2174_Coroutines() {
//         super();
//     }
// 
//     static <K, V> InProgress<IterableSortedMap<K, V>> co_iterableSortedMap(
//             SortedMap<K, V> sortedMap) {
//         return new Co_iterableSortedMapMachine<K, V>(sortedMap).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc2174#co_iterableSortedMap(java.util.SortedMap)}.
//      */
//     private static final class Co_iterableSortedMapMachine<K, V> extends CoroutineMachine<IterableSortedMap<K, V>> {
//         private SortedMap<K, V> sortedMap;
// 
//         Co_iterableSortedMapMachine(SortedMap<K, V> sortedMap) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.sortedMap = sortedMap;
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
//                     case 1: { // Kc2174.java:11  yield_()
//                         resumedFromSlice();
//                         if (sortedMap == null) {
//                             throw new NullPointerException("Map must not be null");
//                         }
//                         returnWith(sortedMap instanceof IterableSortedMap ? (IterableSortedMap<K, V>) sortedMap :
//                                                                         new AbstractSortedMapDecorator<K, V>(sortedMap) map);
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
//             sortedMap = null;
//         }
//     }
// }
// 

package org.apache.commons.collections4;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.collections4.map.AbstractSortedMapDecorator;
import static kaa.Async.*;
import org.apache.commons.collections4.MapUtils.*;
import static org.apache.commons.collections4.MapUtils.*;
abstract class Kc2174 {
    @kaa.Coroutine
    static <K, V> kaa.InProgress<IterableSortedMap<K, V>> co_iterableSortedMap(final SortedMap<K, V> sortedMap) {
        yield_(); if (sortedMap == null) {
            throw new NullPointerException("Map must not be null");
        }
        return done(sortedMap instanceof IterableSortedMap ? (IterableSortedMap<K, V>) sortedMap :
                                                        new AbstractSortedMapDecorator<K, V>(sortedMap) {});
    }
}
