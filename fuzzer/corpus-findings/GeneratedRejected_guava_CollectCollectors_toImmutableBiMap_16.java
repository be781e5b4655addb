// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/CollectCollectors.java:CollectCollectors.toImmutableBiMap#16 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_CollectCollectors_toImmutableBiMap_16.java
//
// ERROR Kc8336_Coroutines.java:77: incompatible types: java.lang.Object cannot be converted to capture#5 of ? super T
// ERROR Kc8336_Coroutines.java:77: incompatible types: java.lang.Object cannot be converted to capture#6 of ? super T
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
//  * The coroutines of {@link Kc8336}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc8336_Coroutines extends Kc8336 {
//     Kc8336_Coroutines() {
//         super();
//     }
// 
//     static <T, K, V> InProgress<Collector<T, ?, ImmutableBiMap<K, V>>> co_toImmutableBiMap(
//             Function<? super T, ? extends K> keyFunction,
//             Function<? super T, ? extends V> valueFunction) {
//         return new Co_toImmutableBiMapMachine<T, K, V>(keyFunction, valueFunction).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc8336#co_toImmutableBiMap(java.util.function.Function, java.util.function.Function)}.
//      */
//     private static final class Co_toImmutableBiMapMachine<T, K, V> extends CoroutineMachine<Collector<T, ?, ImmutableBiMap<K, V>>> {
//         private Function<? super T, ? extends K> keyFunction;
// 
//         private Function<? super T, ? extends V> valueFunction;
// 
//         Co_toImmutableBiMapMachine(Function<? super T, ? extends K> keyFunction,
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
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc8336.java:13  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(keyFunction);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc8336.java:14  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(valueFunction);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc8336.java:15  yield_()
//                         resumedFromSlice();
//                         final Function<? super T, ? extends K> keyFunctionCaptured = keyFunction;
//                         final Function<? super T, ? extends V> valueFunctionCaptured = valueFunction;
//                         if (await(InProgress.finished(Collector.of(
//                             ImmutableBiMap.Builder<K, V>::new,
//                             (builder, input) -> builder.put(keyFunctionCaptured.apply(input), valueFunctionCaptured.apply(input)),
//                             ImmutableBiMap.Builder::combine,
//                             ImmutableBiMap.Builder::build,
//                             new Collector.Characteristics[0])), 4)) {
//                             keyFunction = null;
//                             valueFunction = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc8336.java:15  yield_(kaa.InProgress.finished(Collector.of(
//                         returnWith(this.<Collector<T, ImmutableBiMap.Builder<K, V>, ImmutableBiMap<K, V>>>awaitedValue());
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
abstract class Kc8336 {
    @kaa.Coroutine
    static <T extends @Nullable Object, K, V> kaa.InProgress<Collector<T, ?, ImmutableBiMap<K, V>>> co_toImmutableBiMap(Function<? super T, ? extends K> keyFunction,
      Function<? super T, ? extends V> valueFunction) {
    yield_(); checkNotNull(keyFunction);
    yield_(); checkNotNull(valueFunction);
    yield_(); return done(yield_(kaa.InProgress.finished(Collector.of(
        ImmutableBiMap.Builder<K, V>::new,
        (builder, input) -> builder.put(keyFunction.apply(input), valueFunction.apply(input)),
        ImmutableBiMap.Builder::combine,
        ImmutableBiMap.Builder::build,
        new Collector.Characteristics[0]))));
  }
}
