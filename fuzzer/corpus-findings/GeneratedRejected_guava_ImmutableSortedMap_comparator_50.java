// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/ImmutableSortedMap.java:ImmutableSortedMap.comparator#50 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableSortedMap_comparator_50.java
//
// ERROR Kc7757_Coroutines.java:47: incompatible types: java.util.Comparator<capture#2 of ?> cannot be converted to java.util.Comparator<? super K>
// 
// generated source:
// package com.google.common.collect;
// 
// import java.util.Comparator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc7757}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc7757_Coroutines<K, V> extends Kc7757<K, V> {
//     Kc7757_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Comparator<? super K>> co_comparator() {
//         return new Co_comparatorMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc7757#co_comparator()}.
//      */
//     private static final class Co_comparatorMachine<K, V> extends CoroutineMachine<Comparator<? super K>> {
//         private final Kc7757_Coroutines<K, V> self;
// 
//         Co_comparatorMachine(Kc7757_Coroutines<K, V> self) {
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
//                         if (await(InProgress.finished(self.keySet().comparator()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc7757.java:16  yield_(kaa.InProgress.finished(keySet().comparator()))
//                         returnWith(this.<Comparator<?>>awaitedValue());
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
import java.util.Comparator;
import static kaa.Async.*;
import com.google.common.collect.ImmutableSortedMap.*;
import static com.google.common.collect.ImmutableSortedMap.*;
abstract class Kc7757<K, V> {
    RegularImmutableSortedSet<K> keySet;
    ImmutableSortedSet<K> keySet() {
    return keySet;
  }
    Comparator<? super K> comparator() {
    return keySet().comparator();
  }
    @kaa.Coroutine
    kaa.InProgress<Comparator<? super K>> co_comparator() {
    return done(yield_(kaa.InProgress.finished(keySet().comparator())));
  }
}
