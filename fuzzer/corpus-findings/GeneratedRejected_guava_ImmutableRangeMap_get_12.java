// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/ImmutableRangeMap.java:ImmutableRangeMap.get#12 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableRangeMap_get_12.java
//
// ERROR Kc1673_Coroutines.java:109: incompatible types: bad type in conditional expression
//     V cannot be converted to V
// 
// generated source:
// package com.google.common.collect;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc1673}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1673_Coroutines<K extends Comparable<?>, V> extends Kc1673<K, V> {
//     Kc1673_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<V> co_get(K key) {
//         return new Co_getMachine<K, V>(this, key).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1673#co_get(Object)}.
//      */
//     private static final class Co_getMachine<K extends Comparable<?>, V> extends CoroutineMachine<V> {
//         private final Kc1673_Coroutines<K, V> self;
// 
//         private K key;
// 
//         private int index;
// 
//         private Range<K> range;
// 
//         Co_getMachine(Kc1673_Coroutines<K, V> self, K key) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.key = key;
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
//                     case 1: { // Kc1673.java:28  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(SortedLists.binarySearch(
//                             self.ranges,
//                             Range.<K>lowerBoundFn(),
//                             Cut.belowValue(key),
//                             SortedLists.KeyPresentBehavior.ANY_PRESENT,
//                             SortedLists.KeyAbsentBehavior.NEXT_LOWER)), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc1673.java:29  yield_(kaa.InProgress.finished(SortedLists.binarySearch(
//                         index = this.<Integer>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc1673.java:35  yield_()
//                         resumedFromSlice();
//                         if (!(index == -1)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             key = null;
//                             range = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc1673.java:36  yield_()
//                         resumedFromSlice();
//                         returnWith(null);
//                         return;
//                     }
//                     case 5: { // else
//                         if (await(InProgress.finished(self.ranges.get(index)), 6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc1673.java:38  yield_(kaa.InProgress.finished(ranges.get(index)))
//                         range = this.<Range<K>>awaitedValue();
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc1673.java:39  yield_()
//                         resumedFromSlice();
//                         returnWith(range.contains(key) ? self.values.get(index) : null);
//                         return;
//                     }
//                     case 8: { // after if
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
//             key = null;
//             range = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import com.google.common.collect.SortedLists.KeyAbsentBehavior;
import com.google.common.collect.SortedLists.KeyPresentBehavior;
import javax.annotation.CheckForNull;
import static kaa.Async.*;
import com.google.common.collect.ImmutableRangeMap.*;
import static com.google.common.collect.ImmutableRangeMap.*;
abstract class Kc1673<K extends Comparable<?>, V> {
    ImmutableList<Range<K>> ranges;
    ImmutableList<V> values;
    V get(K key) {
    int index =
        SortedLists.binarySearch(
            ranges,
            Range.<K>lowerBoundFn(),
            Cut.belowValue(key),
            KeyPresentBehavior.ANY_PRESENT,
            KeyAbsentBehavior.NEXT_LOWER);
    if (index == -1) {
      return null;
    } else {
      Range<K> range = ranges.get(index);
      return range.contains(key) ? values.get(index) : null;
    }
  }
    @kaa.Coroutine
    kaa.InProgress<V> co_get(K key) {
    yield_(); int index =
        yield_(kaa.InProgress.finished(SortedLists.binarySearch(
            ranges,
            Range.<K>lowerBoundFn(),
            Cut.belowValue(key),
            KeyPresentBehavior.ANY_PRESENT,
            KeyAbsentBehavior.NEXT_LOWER)));
    yield_(); if (index == -1) {
      yield_(); return done(null);
    } else {
      Range<K> range = yield_(kaa.InProgress.finished(ranges.get(index)));
      yield_(); return done(range.contains(key) ? values.get(index) : null);
    }
  }
}
