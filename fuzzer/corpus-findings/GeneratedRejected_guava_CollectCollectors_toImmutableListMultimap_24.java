// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/CollectCollectors.java:CollectCollectors.toImmutableListMultimap#24 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_CollectCollectors_toImmutableListMultimap_24.java
//
// ERROR Kc8345_Coroutines.java:61: incompatible types: java.lang.Object cannot be converted to capture#7 of ? super T
// ERROR Kc8345_Coroutines.java:61: incompatible types: java.lang.Object cannot be converted to capture#8 of ? super T
// 
// generated source:
// package com.google.common.collect;
// 
// import com.google.common.base.Preconditions;
// import java.util.concurrent.TimeUnit;
// import java.util.function.Function;
// import java.util.stream.Collector;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc8345}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc8345_Coroutines extends Kc8345 {
//     Kc8345_Coroutines() {
//         super();
//     }
// 
//     static <T, K, V> InProgress<Collector<T, ?, ImmutableListMultimap<K, V>>> co_toImmutableListMultimap(
//             Function<? super T, ? extends K> keyFunction,
//             Function<? super T, ? extends V> valueFunction) {
//         return new Co_toImmutableListMultimapMachine<T, K, V>(keyFunction, valueFunction).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc8345#co_toImmutableListMultimap(java.util.function.Function, java.util.function.Function)}.
//      */
//     private static final class Co_toImmutableListMultimapMachine<T, K, V> extends CoroutineMachine<Collector<T, ?, ImmutableListMultimap<K, V>>> {
//         private Function<? super T, ? extends K> keyFunction;
// 
//         private Function<? super T, ? extends V> valueFunction;
// 
//         Co_toImmutableListMultimapMachine(Function<? super T, ? extends K> keyFunction,
//                 Function<? super T, ? extends V> valueFunction) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.keyFunction = keyFunction;
//             this.valueFunction = valueFunction;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         Preconditions.checkNotNull(keyFunction, "keyFunction");
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc8345.java:14  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(valueFunction, "valueFunction");
//                         final Function<? super T, ? extends K> keyFunctionCaptured = keyFunction;
//                         final Function<? super T, ? extends V> valueFunctionCaptured = valueFunction;
//                         if (await(InProgress.finished(Collector.of(
//                             ImmutableListMultimap::<K, V>builder,
//                             (builder, t) -> builder.put(keyFunctionCaptured.apply(t), valueFunctionCaptured.apply(t)),
//                             ImmutableListMultimap.Builder::combine,
//                             ImmutableListMultimap.Builder::build)), 2)) {
//                             keyFunction = null;
//                             valueFunction = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc8345.java:15  yield_(kaa.InProgress.finished(Collector.of(
//                         returnWith(this.<Collector<T, ImmutableListMultimap.Builder<K, V>, ImmutableListMultimap<K, V>>>awaitedValue());
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
//         }
//     }
// }
// 

package com.google.common.collect;
import static com.google.common.base.Preconditions.checkNotNull;
import java.util.function.Function;
import java.util.stream.Collector;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.CollectCollectors.*;
import static com.google.common.collect.CollectCollectors.*;
abstract class Kc8345 {
    @kaa.Coroutine
    static <T extends @Nullable Object, K, V> kaa.InProgress<Collector<T, ?, ImmutableListMultimap<K, V>>> co_toImmutableListMultimap(Function<? super T, ? extends K> keyFunction,
          Function<? super T, ? extends V> valueFunction) {
    checkNotNull(keyFunction, "keyFunction");
    yield_(); checkNotNull(valueFunction, "valueFunction");
    return done(yield_(kaa.InProgress.finished(Collector.of(
        ImmutableListMultimap::<K, V>builder,
        (builder, t) -> builder.put(keyFunction.apply(t), valueFunction.apply(t)),
        ImmutableListMultimap.Builder::combine,
        ImmutableListMultimap.Builder::build))));
  }
}
