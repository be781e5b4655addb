// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/Maps.java:Maps.asMapEntryIterator#65 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Maps_asMapEntryIterator_65.java
//
// ERROR Kc7069_Coroutines.java:55: ')' expected
// ERROR Kc7069_Coroutines.java:56: ';' expected
// ERROR Kc7069_Coroutines.java:56: ';' expected
// ERROR Kc7069_Coroutines.java:56: ';' expected
// ERROR Kc7069_Coroutines.java:59: illegal start of expression
// ERROR Kc7069_Coroutines.java:62: orphaned default
// ERROR Kc7069_Coroutines.java:74: class, interface, enum, or record expected
// ERROR Kc7069_Coroutines.java:55: com.google.common.collect.TransformedIterator is abstract; cannot be instantiated
// ERROR Kc7069_Coroutines.java:55: cannot find symbol
//   symbol:   class backingIteratorde
//   location: class com.google.common.collect.Kc7069_Coroutines.Co_asMapEntryIteratorMachine<K,V>
// ERROR Kc7069_Coroutines.java:56: cannot find symbol
//   symbol:   class Entry
//   location: class com.google.common.collect.Kc7069_Coroutines.Co_asMapEntryIteratorMachine<K,V>
// ERROR Kc7069_Coroutines.java:56: annotation type not applicable to this kind of declaration
// ERROR Kc7069_Coroutines.java:57: incompatible types: unexpected return value
// ERROR Kc7069_Coroutines.java:68: method does not override or implement a method from a supertype
// ERROR Kc7069_Coroutines.java:70: cannot find symbol
//   symbol:   variable set
//   location: class com.google.common.collect.Kc7069_Coroutines
// ERROR Kc7069_Coroutines.java:71: cannot find symbol
//   symbol:   variable function
//   location: class com.google.common.collect.Kc7069_Coroutines
// ERROR Kc7069_Coroutines.java:57: variable key might not have been initialized
// 
// generated source:
// package com.google.common.collect;
// 
// import com.google.common.base.Function;
// import java.util.Iterator;
// import java.util.Map;
// import java.util.Set;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc7069}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc7069_Coroutines extends Kc7069 {
//     Kc7069_Coroutines() {
//         super();
//     }
// 
//     static <K, V> InProgress<Iterator<Map.Entry<K, V>>> co_asMapEntryIterator(Set<K> set,
//             Function<? super K, V> function) {
//         return new Co_asMapEntryIteratorMachine<K, V>(set, function).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc7069#co_asMapEntryIterator(java.util.Set, com.google.common.base.Function)}.
//      */
//     private static final class Co_asMapEntryIteratorMachine<K, V> extends CoroutineMachine<Iterator<Map.Entry<K, V>>> {
//         private Set<K> set;
// 
//         private Function<? super K, V> function;
// 
//         Co_asMapEntryIteratorMachine(Set<K> set, Function<? super K, V> function) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.set = set;
//             this.function = function;
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
//                     case 1: { // Kc7069.java:16  yield_()
//                         resumedFromSlice();
//                         final Function<? super K, V> functionCaptured = function;
//                         returnWith(new TransformedIterator<K, Map.Entry<K, V>>(set.iterator()) backingIteratorde
//                           Map.Entry<K, V> transform(@ParametricNullness final K key) {
//                             return Kc7069.immutableEntry(key, functionCaptured.apply(key));
//                           }
//                         });
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
//             set = null;
//             function = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import com.google.common.base.Function;
import java.util.Iterator;
import java.util.Map.Entry;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.Maps.*;
import static com.google.common.collect.Maps.*;
abstract class Kc7069 {
    static <K extends @Nullable Object, V extends @Nullable Object> Entry<K, V> immutableEntry(@ParametricNullness K key, @ParametricNullness V value) {
    return new ImmutableEntry<>(key, value);
  }
    @kaa.Coroutine
    static <K extends @Nullable Object, V extends @Nullable Object> kaa.InProgress<Iterator<Entry<K, V>>> co_asMapEntryIterator(Set<K> set, final Function<? super K, V> function) {
    yield_(); return done(new TransformedIterator<K, Entry<K, V>>(set.iterator()) {
      @Override
      Entry<K, V> transform(@ParametricNullness final K key) {
        return immutableEntry(key, function.apply(key));
      }
    });
  }
}
