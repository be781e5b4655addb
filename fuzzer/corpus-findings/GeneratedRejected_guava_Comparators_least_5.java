// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/Comparators.java:Comparators.least#5 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Comparators_least_5.java
//
// ERROR Kc2427_Coroutines.java:74: incompatible types: cannot infer type-variable(s) T,A,R
//     (argument mismatch; invalid method reference
//       incompatible types: java.lang.Object cannot be converted to T)
// 
// generated source:
// package com.google.common.collect;
// 
// import com.google.common.base.Preconditions;
// import java.util.Comparator;
// import java.util.List;
// import java.util.concurrent.TimeUnit;
// import java.util.stream.Collector;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc2427}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc2427_Coroutines extends Kc2427 {
//     Kc2427_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<Collector<T, ?, List<T>>> co_least(int k,
//             Comparator<? super T> comparator) {
//         return new Co_leastMachine<T>(k, comparator).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc2427#co_least(int, java.util.Comparator)}.
//      */
//     private static final class Co_leastMachine<T> extends CoroutineMachine<Collector<T, ?, List<T>>> {
//         private int k;
// 
//         private Comparator<? super T> comparator;
// 
//         Co_leastMachine(int k, Comparator<? super T> comparator) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.k = k;
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
//                     case 1: { // Kc2427.java:24  yield_()
//                         resumedFromSlice();
//                         CollectPreconditions.checkNonnegative(k, "k");
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc2427.java:25  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(comparator);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc2427.java:26  yield_()
//                         resumedFromSlice();
//                         final int kCaptured = k;
//                         final Comparator<? super T> comparatorCaptured = comparator;
//                         if (await(InProgress.finished(Collector.of(
//                             () -> TopKSelector.<T>least(kCaptured, comparatorCaptured),
//                             TopKSelector::offer,
//                             TopKSelector::combine,
//                             TopKSelector::topK,
//                             Collector.Characteristics.UNORDERED)), 4)) {
//                             comparator = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc2427.java:26  yield_(kaa.InProgress.finished(Collector.of(
//                         returnWith(this.<Collector<T, TopKSelector<T>, List<T>>>awaitedValue());
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
import static com.google.common.collect.CollectPreconditions.checkNonnegative;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collector;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.Comparators.*;
import static com.google.common.collect.Comparators.*;
abstract class Kc2427 {
    static <T extends @Nullable Object> Collector<T, ?, List<T>> least(int k, Comparator<? super T> comparator) {
    checkNonnegative(k, "k");
    checkNotNull(comparator);
    return Collector.of(
        () -> TopKSelector.<T>least(k, comparator),
        TopKSelector::offer,
        TopKSelector::combine,
        TopKSelector::topK,
        Collector.Characteristics.UNORDERED);
  }
    @kaa.Coroutine
    static <T extends @Nullable Object> kaa.InProgress<Collector<T, ?, List<T>>> co_least(int k, Comparator<? super T> comparator) {
    yield_(); checkNonnegative(k, "k");
    yield_(); checkNotNull(comparator);
    yield_(); return done(yield_(kaa.InProgress.finished(Collector.of(
        () -> TopKSelector.<T>least(k, comparator),
        TopKSelector::offer,
        TopKSelector::combine,
        TopKSelector::topK,
        Collector.Characteristics.UNORDERED))));
  }
}
