// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/CompactLinkedHashMap.java:CompactLinkedHashMap.createKeySet#22 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_CompactLinkedHashMap_createKeySet_22.java
//
// ERROR Kc10385_Coroutines.java:45: unclosed string literal
// ERROR Kc10385_Coroutines.java:45: cannot find symbol
//   symbol:   variable valueness
//   location: variable self of type com.google.common.collect.Kc10385_Coroutines<K,V>
// ERROR Kc10385_Coroutines.java:46: <T>toArray(T[]) in KeySetImpl cannot implement <T>toArray(T[]) in java.util.Set
//   attempting to assign weaker access privileges; was public
// ERROR Kc10385_Coroutines.java:39: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package com.google.common.collect;
// 
// import java.util.Set;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.checkerframework.checker.nullness.qual.Nullable;
// 
// /**
//  * The coroutines of {@link Kc10385}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc10385_Coroutines<K, V> extends Kc10385<K, V> {
//     Kc10385_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Set<K>> co_createKeySet() {
//         return new Co_createKeySetMachine<K, V>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc10385#co_createKeySet()}.
//      */
//     private static final class Co_createKeySetMachine<K, V> extends CoroutineMachine<Set<K>> {
//         private final Kc10385_Coroutines<K, V> self;
// 
//         Co_createKeySetMachine(Kc10385_Coroutines<K, V> self) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             class KeySetImpl extends CompactHashMap<K, V>.KeySetView {
//                 @Override
//                 public @Nullable Object[] toArray() {
//                   return ObjectArrays.toArrayImpl(this);
//                 }
//                 @Override
//                 @SuppressWarnings(self.valueness") // b/192354773 in our checker affects toArray declarations
//                 public <T extends @Nullable Object> T[] toArray(T[] a) {
//                   return ObjectArrays.toArrayImpl(this, a);
//                 }
//                 @Override
//                 public Spliterator<K> spliterator() {
//                   return Spliterators.spliterator(this, Spliterator.ORDERED | Spliterator.DISTINCT);
//                 }
//             }
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
//                     case 1: { // Kc10385.java:13  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc10385.java:31  yield_()
//                         resumedFromSlice();
//                         returnWith(new KeySetImpl());
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
import com.google.j2objc.annotations.WeakOuter;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.CompactLinkedHashMap.*;
import static com.google.common.collect.CompactLinkedHashMap.*;
abstract class Kc10385<K extends @Nullable Object, V extends @Nullable Object> extends com.google.common.collect.CompactLinkedHashMap<K, V> {
    @kaa.Coroutine
    kaa.InProgress<Set<K>> co_createKeySet() {
    yield_(); @WeakOuter
    class KeySetImpl extends KeySetView {
      @Override
      public @Nullable Object[] toArray() {
        return ObjectArrays.toArrayImpl(this);
      }

      @Override
      @SuppressWarnings("nullness") // b/192354773 in our checker affects toArray declarations
      public <T extends @Nullable Object> T[] toArray(T[] a) {
        return ObjectArrays.toArrayImpl(this, a);
      }

      @Override
      public Spliterator<K> spliterator() {
        return Spliterators.spliterator(this, Spliterator.ORDERED | Spliterator.DISTINCT);
      }
    }
    yield_(); return done(new KeySetImpl());
  }
}
