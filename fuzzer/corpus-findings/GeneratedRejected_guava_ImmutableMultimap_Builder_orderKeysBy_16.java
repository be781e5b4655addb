// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/ImmutableMultimap.java:ImmutableMultimap.Builder.orderKeysBy#16 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableMultimap_Builder_orderKeysBy_16.java
//
// ERROR Kc7657_Coroutines.java:63: incompatible types: java.util.Comparator<capture#1 of ?> cannot be converted to java.util.Comparator<? super K>
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
//  * The coroutines of {@link Kc7657}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc7657_Coroutines<K, V> extends Kc7657<K, V> {
//     Kc7657_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<ImmutableMultimap.Builder<K, V>> co_orderKeysBy(
//             Comparator<? super K> keyComparator) {
//         return new Co_orderKeysByMachine<K, V>(this, keyComparator).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc7657#co_orderKeysBy(java.util.Comparator)}.
//      */
//     private static final class Co_orderKeysByMachine<K, V> extends CoroutineMachine<ImmutableMultimap.Builder<K, V>> {
//         private final Kc7657_Coroutines<K, V> self;
// 
//         private Comparator<? super K> keyComparator;
// 
//         private Kc7657<K, V> operand;
// 
//         Co_orderKeysByMachine(Kc7657_Coroutines<K, V> self, Comparator<? super K> keyComparator) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.keyComparator = keyComparator;
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
//                     case 1: { // Kc7657.java:14  yield_()
//                         resumedFromSlice();
//                         operand = self;
//                         if (await(InProgress.finished(Preconditions.checkNotNull(keyComparator)), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc7657.java:14  yield_(kaa.InProgress.finished(checkNotNull(keyComparator)))
//                         operand.keyComparator = this.<Comparator<?>>awaitedValue();
//                         if (yieldSlice(3)) {
//                             keyComparator = null;
//                             operand = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc7657.java:15  yield_()
//                         resumedFromSlice();
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
//             keyComparator = null;
//             operand = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import static com.google.common.base.Preconditions.checkNotNull;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Comparator;
import static kaa.Async.*;
import com.google.common.collect.ImmutableMultimap.*;
import static com.google.common.collect.ImmutableMultimap.*;
import com.google.common.collect.ImmutableMultimap.Builder.*;
import static com.google.common.collect.ImmutableMultimap.Builder.*;
abstract class Kc7657<K, V> extends com.google.common.collect.ImmutableMultimap.Builder<K, V> {
    Comparator<? super K> keyComparator;
    @kaa.Coroutine
    kaa.InProgress<Builder<K, V>> co_orderKeysBy(Comparator<? super K> keyComparator) {
      yield_(); this.keyComparator = yield_(kaa.InProgress.finished(checkNotNull(keyComparator)));
      yield_(); return done(this);
    }
}
