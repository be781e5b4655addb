// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/ImmutableMap.java:ImmutableMap.Builder.orderEntriesByValue#27 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableMap_Builder_orderEntriesByValue_27.java
//
// ERROR Kc8474_Coroutines.java:65: incompatible types: java.util.Comparator<capture#1 of ?> cannot be converted to java.util.Comparator<? super V>
// 
// generated source:
// package com.google.common.collect;
// 
// import com.google.common.base.Preconditions;
// import java.util.Comparator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc8474}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc8474_Coroutines<K, V> extends Kc8474<K, V> {
//     Kc8474_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<ImmutableMap.Builder<K, V>> co_orderEntriesByValue(
//             Comparator<? super V> valueComparator) {
//         return new Co_orderEntriesByValueMachine<K, V>(this, valueComparator).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc8474#co_orderEntriesByValue(java.util.Comparator)}.
//      */
//     private static final class Co_orderEntriesByValueMachine<K, V> extends CoroutineMachine<ImmutableMap.Builder<K, V>> {
//         private final Kc8474_Coroutines<K, V> self;
// 
//         private Comparator<? super V> valueComparator;
// 
//         private Kc8474<K, V> operand;
// 
//         Co_orderEntriesByValueMachine(Kc8474_Coroutines<K, V> self,
//                 Comparator<? super V> valueComparator) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.valueComparator = valueComparator;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         Preconditions.checkState(self.valueComparator == null, "valueComparator was already set");
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc8474.java:16  yield_()
//                         resumedFromSlice();
//                         operand = self;
//                         if (await(InProgress.finished(Preconditions.checkNotNull(valueComparator, "valueComparator")), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc8474.java:16  yield_(kaa.InProgress.finished(checkNotNull(valueComparator, "valueComparator...
//                         operand.valueComparator = this.<Comparator<?>>awaitedValue();
//                         returnWith(self);
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
//             valueComparator = null;
//             operand = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Comparator;
import static kaa.Async.*;
import com.google.common.collect.ImmutableMap.*;
import static com.google.common.collect.ImmutableMap.*;
import com.google.common.collect.ImmutableMap.Builder.*;
import static com.google.common.collect.ImmutableMap.Builder.*;
abstract class Kc8474<K, V> extends com.google.common.collect.ImmutableMap.Builder<K, V> {
    Comparator<? super V> valueComparator;
    @kaa.Coroutine
    kaa.InProgress<Builder<K, V>> co_orderEntriesByValue(Comparator<? super V> valueComparator) {
      checkState(this.valueComparator == null, "valueComparator was already set");
      yield_(); this.valueComparator = yield_(kaa.InProgress.finished(checkNotNull(valueComparator, "valueComparator")));
      return done(this);
    }
}
