// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/Maps.java:Maps.valueIterator#5 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Maps_valueIterator_5.java
//
// ERROR Kc7011_Coroutines.java:49: ')' expected
// ERROR Kc7011_Coroutines.java:50: illegal start of expression
// ERROR Kc7011_Coroutines.java:51: ';' expected
// ERROR Kc7011_Coroutines.java:51: ';' expected
// ERROR Kc7011_Coroutines.java:54: illegal start of expression
// ERROR Kc7011_Coroutines.java:57: orphaned default
// ERROR Kc7011_Coroutines.java:68: class, interface, enum, or record expected
// ERROR Kc7011_Coroutines.java:49: com.google.common.collect.TransformedIterator is abstract; cannot be instantiated
// ERROR Kc7011_Coroutines.java:51: cannot find symbol
//   symbol:   variable Entry
//   location: interface java.util.Map
// ERROR Kc7011_Coroutines.java:51: cannot find symbol
//   symbol:   variable K
//   location: class com.google.common.collect.Kc7011_Coroutines.Co_valueIteratorMachine<K,V>
// ERROR Kc7011_Coroutines.java:51: cannot find symbol
//   symbol:   variable entry
//   location: class com.google.common.collect.Kc7011_Coroutines.Co_valueIteratorMachine<K,V>
// ERROR Kc7011_Coroutines.java:52: cannot find symbol
//   symbol:   variable entry
//   location: class com.google.common.collect.Kc7011_Coroutines.Co_valueIteratorMachine<K,V>
// ERROR Kc7011_Coroutines.java:63: method does not override or implement a method from a supertype
// ERROR Kc7011_Coroutines.java:65: cannot find symbol
//   symbol:   variable entryIterator
//   location: class com.google.common.collect.Kc7011_Coroutines
// ERROR Kc7011_Coroutines.java:51: variable V might not have been initialized
// 
// generated source:
// package com.google.common.collect;
// 
// import java.util.Iterator;
// import java.util.Map;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc7011}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc7011_Coroutines extends Kc7011 {
//     Kc7011_Coroutines() {
//         super();
//     }
// 
//     static <K, V> InProgress<Iterator<V>> co_valueIterator(
//             Iterator<Map.Entry<K, V>> entryIterator) {
//         return new Co_valueIteratorMachine<K, V>(entryIterator).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc7011#co_valueIterator(java.util.Iterator)}.
//      */
//     private static final class Co_valueIteratorMachine<K, V> extends CoroutineMachine<Iterator<V>> {
//         private Iterator<Map.Entry<K, V>> entryIterator;
// 
//         Co_valueIteratorMachine(Iterator<Map.Entry<K, V>> entryIterator) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.entryIterator = entryIterator;
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
//                     case 1: { // Kc7011.java:11  yield_()
//                         resumedFromSlice();
//                         returnWith(new TransformedIterator<Map.Entry<K, V>, V>(entryIterator) backingIteratorde
//                           @ParametricNullness
//                           V transform(Map.Entry<K, V> entry) {
//                             return entry.getValue();
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
//             entryIterator = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import java.util.Iterator;
import java.util.Map.Entry;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.Maps.*;
import static com.google.common.collect.Maps.*;
abstract class Kc7011 {
    @kaa.Coroutine
    static <K extends @Nullable Object, V extends @Nullable Object> kaa.InProgress<Iterator<V>> co_valueIterator(Iterator<Entry<K, V>> entryIterator) {
    yield_(); return done(new TransformedIterator<Entry<K, V>, V>(entryIterator) {
      @Override
      @ParametricNullness
      V transform(Entry<K, V> entry) {
        return entry.getValue();
      }
    });
  }
}
