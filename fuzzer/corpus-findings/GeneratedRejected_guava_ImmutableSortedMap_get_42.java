// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/ImmutableSortedMap.java:ImmutableSortedMap.get#42 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableSortedMap_get_42.java
//
// ERROR Kc7748_Coroutines.java:62: incompatible types: bad type in conditional expression
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
//  * The coroutines of {@link Kc7748}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc7748_Coroutines<K, V> extends Kc7748<K, V> {
//     Kc7748_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<V> co_get(Object key) {
//         return new Co_getMachine<K, V>(this, key).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc7748#co_get(java.lang.Object)}.
//      */
//     private static final class Co_getMachine<K, V> extends CoroutineMachine<V> {
//         private final Kc7748_Coroutines<K, V> self;
// 
//         private Object key;
// 
//         private int index;
// 
//         Co_getMachine(Kc7748_Coroutines<K, V> self, Object key) {
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
//                     case 1: { // Kc7748.java:18  yield_()
//                         resumedFromSlice();
//                         index = self.keySet.indexOf(key);
//                         if (yieldSlice(2)) {
//                             key = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc7748.java:19  yield_()
//                         resumedFromSlice();
//                         returnWith((index == -1) ? null : self.valueList.get(index));
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
//             key = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import javax.annotation.CheckForNull;
import static kaa.Async.*;
import com.google.common.collect.ImmutableSortedMap.*;
import static com.google.common.collect.ImmutableSortedMap.*;
abstract class Kc7748<K, V> {
    RegularImmutableSortedSet<K> keySet;
    ImmutableList<V> valueList;
    V get(@CheckForNull Object key) {
    int index = keySet.indexOf(key);
    return (index == -1) ? null : valueList.get(index);
  }
    ImmutableSortedSet<K> keySet() {
    return keySet;
  }
    @kaa.Coroutine
    kaa.InProgress<V> co_get(@CheckForNull Object key) {
    yield_(); int index = keySet.indexOf(key);
    yield_(); return done((index == -1) ? null : valueList.get(index));
  }
}
