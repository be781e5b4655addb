// CORPUS FINDING: GENERATED_REJECTED
// method: commons-collections4:org/apache/commons/collections4/map/ListOrderedMap.java:ListOrderedMap.ValuesView.iterator#33 (commons-collections4-4.4-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-collections4/4.4/commons-collections4-4.4.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonscollections4_ListOrderedMap_ValuesView_iterator_33.java
//
// ERROR Kc2561_Coroutines.java:50: ')' expected
// ERROR Kc2561_Coroutines.java:50: illegal start of expression
// ERROR Kc2561_Coroutines.java:50: ';' expected
// ERROR Kc2561_Coroutines.java:51: illegal start of expression
// ERROR Kc2561_Coroutines.java:51: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:51: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:51: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:51: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:51: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:52: case, default, or '}' expected
// ERROR Kc2561_Coroutines.java:54: illegal start of expression
// ERROR Kc2561_Coroutines.java:57: illegal start of type
// ERROR Kc2561_Coroutines.java:58: invalid method declaration; return type required
// ERROR Kc2561_Coroutines.java:58: illegal start of type
// ERROR Kc2561_Coroutines.java:61: class, interface, enum, or record expected
// ERROR Kc2561_Coroutines.java:22: reference to Co_iteratorMachine is ambiguous
//   both constructor Co_iteratorMachine(org.apache.commons.collections4.map.Kc2561_Coroutines<V>) in org.apache.commons.collections4.map.Kc2561_Coroutines.Co_iteratorMachine and constructor Co_iteratorMachine(<any>) in org.apache.commons.collections4.map.Kc2561_Coroutines.Co_iteratorMachine match
// ERROR Kc2561_Coroutines.java:50: org.apache.commons.collections4.iterators.AbstractUntypedIteratorDecorator is abstract; cannot be instantiated
// 
// generated source:
// package org.apache.commons.collections4.map;
// 
// import java.util.Iterator;
// import java.util.Map;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.collections4.iterators.AbstractUntypedIteratorDecorator;
// 
// /**
//  * The coroutines of {@link Kc2561}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc2561_Coroutines<V> extends Kc2561<V> {
//     Kc2561_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Iterator<V>> co_iterator() {
//         return new Co_iteratorMachine<V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc2561#co_iterator()}.
//      */
//     private static final class Co_iteratorMachine<V> extends CoroutineMachine<Iterator<V>> {
//         private final Kc2561_Coroutines<V> self;
// 
//         Co_iteratorMachine(Kc2561_Coroutines<V> self) {
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
//                     case 1: { // Kc2561.java:22  yield_()
//                         resumedFromSlice();
//                         returnWith(new AbstractUntypedIteratorDecorator<Map.Entry<Object, V>, V>(self.parent.entrySet().iterator()) iterator           @Override
//                             public V next() {
//                                 return getIterator().next().getValue();
//                             }
//                         });
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

package org.apache.commons.collections4.map;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.collections4.iterators.AbstractUntypedIteratorDecorator;
import static kaa.Async.*;
import org.apache.commons.collections4.map.ListOrderedMap.*;
import static org.apache.commons.collections4.map.ListOrderedMap.*;
import org.apache.commons.collections4.map.ListOrderedMap.ValuesView.*;
import static org.apache.commons.collections4.map.ListOrderedMap.ValuesView.*;
abstract class Kc2561<V> {
    ListOrderedMap<Object, V> parent;
    Iterator<V> iterator() {
            return new AbstractUntypedIteratorDecorator<Map.Entry<Object, V>, V>(parent.entrySet().iterator()) {
                @Override
                public V next() {
                    return getIterator().next().getValue();
                }
            };
        }
    @kaa.Coroutine
    kaa.InProgress<Iterator<V>> co_iterator() {
            yield_(); return done(new AbstractUntypedIteratorDecorator<Map.Entry<Object, V>, V>(parent.entrySet().iterator()) {
                @Override
                public V next() {
                    return getIterator().next().getValue();
                }
            });
        }
}
