// CORPUS FINDING: GENERATED_REJECTED
// method: commons-collections4:org/apache/commons/collections4/bidimap/TreeBidiMap.java:TreeBidiMap.values#21 (commons-collections4-4.4-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-collections4/4.4/commons-collections4-4.4.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonscollections4_TreeBidiMap_values_21.java
//
// ERROR Kc1722_Coroutines.java:41: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package org.apache.commons.collections4.bidimap;
// 
// import java.util.Set;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc1722}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1722_Coroutines<K extends Comparable<K>, V extends Comparable<V>> extends Kc1722<K, V> {
//     Kc1722_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Set<V>> co_values() {
//         return new Co_valuesMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1722#co_values()}.
//      */
//     private static final class Co_valuesMachine<K extends Comparable<K>, V extends Comparable<V>> extends CoroutineMachine<Set<V>> {
//         private final Kc1722_Coroutines<K, V> self;
// 
//         Co_valuesMachine(Kc1722_Coroutines<K, V> self) {
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
//                         if (self.valuesSet == null) {
//                             self.valuesSet = new TreeBidiMap.ValueView(TreeBidiMap.DataElement.KEY);
//                         }
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc1722.java:14  yield_()
//                         resumedFromSlice();
//                         returnWith(self.valuesSet);
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
import static org.apache.commons.collections4.bidimap.TreeBidiMap.DataElement.KEY;
import java.util.Set;
import static kaa.Async.*;
import org.apache.commons.collections4.bidimap.TreeBidiMap.*;
import static org.apache.commons.collections4.bidimap.TreeBidiMap.*;
abstract class Kc1722<K extends Comparable<K>, V extends Comparable<V>> extends org.apache.commons.collections4.bidimap.TreeBidiMap<K, V> {
    Set<V> valuesSet;
    @kaa.Coroutine
    kaa.InProgress<Set<V>> co_values() {
        if (valuesSet == null) {
            valuesSet = new ValueView(KEY);
        }
        yield_(); return done(valuesSet);
    }
}
