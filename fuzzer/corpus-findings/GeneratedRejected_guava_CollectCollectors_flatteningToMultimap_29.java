// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/CollectCollectors.java:CollectCollectors.flatteningToMultimap#29 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_CollectCollectors_flatteningToMultimap_29.java
//
// ERROR Kc8351_Coroutines.java:95: incompatible types: java.lang.Object cannot be converted to capture#11 of ? super T
// ERROR Kc8351_Coroutines.java:97: incompatible types: java.lang.Object cannot be converted to capture#12 of ? super T
// 
// generated source:
// package com.google.common.collect;
// 
// import com.google.common.base.Preconditions;
// import java.util.Collection;
// import java.util.concurrent.TimeUnit;
// import java.util.function.Function;
// import java.util.function.Supplier;
// import java.util.stream.Collector;
// import java.util.stream.Stream;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc8351}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc8351_Coroutines extends Kc8351 {
//     Kc8351_Coroutines() {
//         super();
//     }
// 
//     static <T, K, V, M extends Multimap<K, V>> InProgress<Collector<T, ?, M>> co_flatteningToMultimap(
//             Function<? super T, ? extends K> keyFunction,
//             Function<? super T, ? extends Stream<? extends V>> valueFunction,
//             Supplier<M> multimapSupplier) {
//         return new Co_flatteningToMultimapMachine<T, K, V, M>(keyFunction, valueFunction, multimapSupplier).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc8351#co_flatteningToMultimap(java.util.function.Function, java.util.function.Function, java.util.function.Supplier)}.
//      */
//     private static final class Co_flatteningToMultimapMachine<T, K, V, M extends Multimap<K, V>> extends CoroutineMachine<Collector<T, ?, M>> {
//         private Function<? super T, ? extends K> keyFunction;
// 
//         private Function<? super T, ? extends Stream<? extends V>> valueFunction;
// 
//         private Supplier<M> multimapSupplier;
// 
//         Co_flatteningToMultimapMachine(Function<? super T, ? extends K> keyFunction,
//                 Function<? super T, ? extends Stream<? extends V>> valueFunction,
//                 Supplier<M> multimapSupplier) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.keyFunction = keyFunction;
//             this.valueFunction = valueFunction;
//             this.multimapSupplier = multimapSupplier;
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
//                     case 1: { // Kc8351.java:20  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(keyFunction);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc8351.java:21  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(valueFunction);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc8351.java:22  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(multimapSupplier);
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc8351.java:23  yield_()
//                         resumedFromSlice();
//                         final Function<? super T, ? extends K> keyFunctionCaptured = keyFunction;
//                         final Function<? super T, ? extends Stream<? extends V>> valueFunctionCaptured = valueFunction;
//                         if (await(InProgress.finished(Collector.of(
//                             multimapSupplier,
//                             (multimap, input) -> {
//                               K key = keyFunctionCaptured.apply(input);
//                               Collection<V> valuesForKey = multimap.get(key);
//                               valueFunctionCaptured.apply(input).forEachOrdered(valuesForKey::add);
//                             },
//                             (multimap1, multimap2) -> {
//                               multimap1.putAll(multimap2);
//                               return multimap1;
//                             })), 5)) {
//                             keyFunction = null;
//                             valueFunction = null;
//                             multimapSupplier = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc8351.java:23  yield_(kaa.InProgress.finished(Collector.of(
//                         returnWith(this.<Collector<T, M, M>>awaitedValue());
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
//             keyFunction = null;
//             valueFunction = null;
//             multimapSupplier = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import static com.google.common.base.Preconditions.checkNotNull;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.CollectCollectors.*;
import static com.google.common.collect.CollectCollectors.*;
abstract class Kc8351 {
    @kaa.Coroutine
    static <T extends @Nullable Object,
          K extends @Nullable Object,
          V extends @Nullable Object,
          M extends Multimap<K, V>> kaa.InProgress<Collector<T, ?, M>> co_flatteningToMultimap(Function<? super T, ? extends K> keyFunction,
          Function<? super T, ? extends Stream<? extends V>> valueFunction,
          Supplier<M> multimapSupplier) {
    yield_(); checkNotNull(keyFunction);
    yield_(); checkNotNull(valueFunction);
    yield_(); checkNotNull(multimapSupplier);
    yield_(); return done(yield_(kaa.InProgress.finished(Collector.of(
        multimapSupplier,
        (multimap, input) -> {
          K key = keyFunction.apply(input);
          Collection<V> valuesForKey = multimap.get(key);
          valueFunction.apply(input).forEachOrdered(valuesForKey::add);
        },
        (multimap1, multimap2) -> {
          multimap1.putAll(multimap2);
          return multimap1;
        }))));
  }
}
