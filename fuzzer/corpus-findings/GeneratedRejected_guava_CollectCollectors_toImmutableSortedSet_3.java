// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/CollectCollectors.java:CollectCollectors.toImmutableSortedSet#3 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_CollectCollectors_toImmutableSortedSet_3.java
//
// ERROR Kc8321_Coroutines.java:60: incompatible types: cannot infer type-variable(s) T,A,R
//     (argument mismatch; invalid method reference
//       unexpected instance method add(E...) found in unbound lookup)
// 
// generated source:
// package com.google.common.collect;
// 
// import com.google.common.base.Preconditions;
// import java.util.Comparator;
// import java.util.concurrent.TimeUnit;
// import java.util.stream.Collector;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc8321}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc8321_Coroutines extends Kc8321 {
//     Kc8321_Coroutines() {
//         super();
//     }
// 
//     static <E> InProgress<Collector<E, ?, ImmutableSortedSet<E>>> co_toImmutableSortedSet(
//             Comparator<? super E> comparator) {
//         return new Co_toImmutableSortedSetMachine<E>(comparator).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc8321#co_toImmutableSortedSet(java.util.Comparator)}.
//      */
//     private static final class Co_toImmutableSortedSetMachine<E> extends CoroutineMachine<Collector<E, ?, ImmutableSortedSet<E>>> {
//         private Comparator<? super E> comparator;
// 
//         Co_toImmutableSortedSetMachine(Comparator<? super E> comparator) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.comparator = comparator;
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
//                     case 1: { // Kc8321.java:11  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(comparator);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc8321.java:12  yield_()
//                         resumedFromSlice();
//                         final Comparator<? super E> comparatorCaptured = comparator;
//                         if (await(InProgress.finished(Collector.of(
//                             () -> new ImmutableSortedSet.Builder<E>(comparatorCaptured),
//                             ImmutableSortedSet.Builder::add,
//                             ImmutableSortedSet.Builder::combine,
//                             ImmutableSortedSet.Builder::build)), 3)) {
//                             comparator = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc8321.java:12  yield_(kaa.InProgress.finished(Collector.of(
//                         returnWith(this.<Collector<E, ImmutableSortedSet.Builder<E>, ImmutableSortedSet<E>>>awaitedValue());
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
//             comparator = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import static com.google.common.base.Preconditions.checkNotNull;
import java.util.Comparator;
import java.util.stream.Collector;
import static kaa.Async.*;
import com.google.common.collect.CollectCollectors.*;
import static com.google.common.collect.CollectCollectors.*;
abstract class Kc8321 {
    @kaa.Coroutine
    static <E> kaa.InProgress<Collector<E, ?, ImmutableSortedSet<E>>> co_toImmutableSortedSet(Comparator<? super E> comparator) {
    yield_(); checkNotNull(comparator);
    yield_(); return done(yield_(kaa.InProgress.finished(Collector.of(
        () -> new ImmutableSortedSet.Builder<E>(comparator),
        ImmutableSortedSet.Builder::add,
        ImmutableSortedSet.Builder::combine,
        ImmutableSortedSet.Builder::build))));
  }
}
