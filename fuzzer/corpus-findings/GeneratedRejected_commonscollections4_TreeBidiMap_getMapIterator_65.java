// CORPUS FINDING: GENERATED_REJECTED
// method: commons-collections4:org/apache/commons/collections4/bidimap/TreeBidiMap.java:TreeBidiMap.getMapIterator#65 (commons-collections4-4.4-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-collections4/4.4/commons-collections4-4.4.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonscollections4_TreeBidiMap_getMapIterator_65.java
//
// ERROR Kc1766_Coroutines.java:48: non-static variable this cannot be referenced from a static context
// ERROR Kc1766_Coroutines.java:53: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package org.apache.commons.collections4.bidimap;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.collections4.MapIterator;
// 
// /**
//  * The coroutines of {@link Kc1766}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1766_Coroutines<K extends Comparable<K>, V extends Comparable<V>> extends Kc1766<K, V> {
//     Kc1766_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<MapIterator<?, ?>> co_getMapIterator(TreeBidiMap.DataElement dataElement) {
//         return new Co_getMapIteratorMachine<K, V>(this, dataElement).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1766#co_getMapIterator(org.apache.commons.collections4.bidimap.TreeBidiMap.DataElement)}.
//      */
//     private static final class Co_getMapIteratorMachine<K extends Comparable<K>, V extends Comparable<V>> extends CoroutineMachine<MapIterator<?, ?>> {
//         private final Kc1766_Coroutines<K, V> self;
// 
//         private TreeBidiMap.DataElement dataElement;
// 
//         private MapIterator<?, ?> result;
// 
//         Co_getMapIteratorMachine(Kc1766_Coroutines<K, V> self,
//                 TreeBidiMap.DataElement dataElement) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.dataElement = dataElement;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         switch (dataElement) {
//                         case KEY:
//                             result = new TreeBidiMap.ViewMapIterator(TreeBidiMap.DataElement.KEY);
//                             label = 1;
//                             continue dispatch;
// 
//                         case VALUE:
//                             result = new TreeBidiMap.InverseViewMapIterator(TreeBidiMap.DataElement.VALUE);
//                             label = 1;
//                             continue dispatch;
// 
//                         default:
//                             throw new IllegalArgumentException();
//                         }
//                     }
//                     case 1: { // return done(...)
//                         returnWith(result);
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
//             dataElement = null;
//             result = null;
//         }
//     }
// }
// 

package org.apache.commons.collections4.bidimap;
import static org.apache.commons.collections4.bidimap.TreeBidiMap.DataElement.KEY;
import static org.apache.commons.collections4.bidimap.TreeBidiMap.DataElement.VALUE;
import org.apache.commons.collections4.MapIterator;
import static kaa.Async.*;
import org.apache.commons.collections4.bidimap.TreeBidiMap.*;
import static org.apache.commons.collections4.bidimap.TreeBidiMap.*;
abstract class Kc1766<K extends Comparable<K>, V extends Comparable<V>> extends org.apache.commons.collections4.bidimap.TreeBidiMap<K, V> {
    @kaa.Coroutine
    kaa.InProgress<MapIterator<?, ?>> co_getMapIterator(final DataElement dataElement) {
        switch (dataElement) {
        case KEY:
            return done(new ViewMapIterator(KEY));
        case VALUE:
            return done(new InverseViewMapIterator(VALUE));
        default:
            throw new IllegalArgumentException();
        }
    }
}
