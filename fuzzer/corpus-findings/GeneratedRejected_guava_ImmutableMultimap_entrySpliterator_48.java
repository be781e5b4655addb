// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/ImmutableMultimap.java:ImmutableMultimap.entrySpliterator#48 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableMultimap_entrySpliterator_48.java
//
// ERROR Kc7686_Coroutines.java:50: incompatible types: com.google.common.collect.Kc7686_Coroutines<K,V> cannot be converted to com.google.common.collect.SetMultimap
// 
// generated source:
// package com.google.common.collect;
// 
// import java.util.Collection;
// import java.util.Map;
// import java.util.Spliterator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc7686}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc7686_Coroutines<K, V> extends Kc7686<K, V> {
//     Kc7686_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Spliterator<Map.Entry<K, V>>> co_entrySpliterator() {
//         return new Co_entrySpliteratorMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc7686#co_entrySpliterator()}.
//      */
//     private static final class Co_entrySpliteratorMachine<K, V> extends CoroutineMachine<Spliterator<Map.Entry<K, V>>> {
//         private final Kc7686_Coroutines<K, V> self;
// 
//         Co_entrySpliteratorMachine(Kc7686_Coroutines<K, V> self) {
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
//                         if (await(InProgress.finished(CollectSpliterators.flatMap(
//                             self.asMap().entrySet().spliterator(),
//                             keyToValueCollectionEntry -> {
//                               K key = keyToValueCollectionEntry.getKey();
//                               Collection<V> valueCollection = keyToValueCollectionEntry.getValue();
//                               return CollectSpliterators.map(
//                                   valueCollection.spliterator(), (V value) -> Maps.immutableEntry(key, value));
//                             },
//                             Spliterator.SIZED | (self instanceof SetMultimap ? Spliterator.DISTINCT : 0),
//                             self.size())), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc7686.java:20  yield_(kaa.InProgress.finished(CollectSpliterators.flatMap(
//                         returnWith(this.<Spliterator<Map.Entry<K, V>>>awaitedValue());
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

package com.google.common.collect;
import static com.google.common.collect.Maps.immutableEntry;
import java.util.Collection;
import java.util.Map.Entry;
import java.util.Spliterator;
import static kaa.Async.*;
import com.google.common.collect.ImmutableMultimap.*;
import static com.google.common.collect.ImmutableMultimap.*;
abstract class Kc7686<K, V> {
    ImmutableMap<K, ? extends ImmutableCollection<V>> map;
    int size;
    int size() {
    return size;
  }
    ImmutableMap<K, Collection<V>> asMap() {
    return (ImmutableMap) map;
  }
    @kaa.Coroutine
    kaa.InProgress<Spliterator<Entry<K, V>>> co_entrySpliterator() {
    return done(yield_(kaa.InProgress.finished(CollectSpliterators.flatMap(
        asMap().entrySet().spliterator(),
        keyToValueCollectionEntry -> {
          K key = keyToValueCollectionEntry.getKey();
          Collection<V> valueCollection = keyToValueCollectionEntry.getValue();
          return CollectSpliterators.map(
              valueCollection.spliterator(), (V value) -> Maps.immutableEntry(key, value));
        },
        Spliterator.SIZED | (this instanceof SetMultimap ? Spliterator.DISTINCT : 0),
        size()))));
  }
}
