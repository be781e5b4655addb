// CORPUS FINDING: GENERATED_REJECTED
// method: commons-collections4:org/apache/commons/collections4/MapUtils.java:MapUtils.iterableMap#72 (commons-collections4-4.4-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-collections4/4.4/commons-collections4-4.4.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonscollections4_MapUtils_iterableMap_72.java
//
// ERROR Kc2173_Coroutines.java:72: ')' expected
// ERROR Kc2173_Coroutines.java:72: not a statement
// ERROR Kc2173_Coroutines.java:72: ';' expected
// ERROR Kc2173_Coroutines.java:72: org.apache.commons.collections4.map.AbstractMapDecorator is abstract; cannot be instantiated
// 
// generated source:
// package org.apache.commons.collections4;
// 
// import java.util.Map;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.collections4.map.AbstractMapDecorator;
// 
// /**
//  * The coroutines of {@link Kc2173}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc2173_Coroutines extends Kc2173 {
//     Kc2173_Coroutines() {
//         super();
//     }
// 
//     static <K, V> InProgress<IterableMap<K, V>> co_iterableMap(Map<K, V> map) {
//         return new Co_iterableMapMachine<K, V>(map).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc2173#co_iterableMap(java.util.Map)}.
//      */
//     private static final class Co_iterableMapMachine<K, V> extends CoroutineMachine<IterableMap<K, V>> {
//         private Map<K, V> map;
// 
//         Co_iterableMapMachine(Map<K, V> map) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.map = map;
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
//                     case 1: { // Kc2173.java:10  yield_()
//                         resumedFromSlice();
//                         if (!(map == null)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             map = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc2173.java:11  yield_()
//                         resumedFromSlice();
//                         throw new NullPointerException("Map must not be null");
//                     }
//                     case 3: { // after if
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc2173.java:13  yield_()
//                         resumedFromSlice();
//                         returnWith(map instanceof IterableMap ? (IterableMap<K, V>) map : new AbstractMapDecorator<K, V>(map) map_);
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
//             map = null;
//         }
//     }
// }
// 

package org.apache.commons.collections4;
import java.util.Map;
import org.apache.commons.collections4.map.AbstractMapDecorator;
import static kaa.Async.*;
import org.apache.commons.collections4.MapUtils.*;
import static org.apache.commons.collections4.MapUtils.*;
abstract class Kc2173 {
    @kaa.Coroutine
    static <K, V> kaa.InProgress<IterableMap<K, V>> co_iterableMap(final Map<K, V> map) {
        yield_(); if (map == null) {
            yield_(); throw new NullPointerException("Map must not be null");
        }
        yield_(); return done(map instanceof IterableMap ? (IterableMap<K, V>) map : new AbstractMapDecorator<K, V>(map) {});
    }
}
