// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/Multisets.java:Multisets.elementIterator#58 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Multisets_elementIterator_58.java
//
// ERROR Kc7481_Coroutines.java:48: ')' expected
// ERROR Kc7481_Coroutines.java:49: illegal start of expression
// ERROR Kc7481_Coroutines.java:50: ';' expected
// ERROR Kc7481_Coroutines.java:50: ';' expected
// ERROR Kc7481_Coroutines.java:53: illegal start of expression
// ERROR Kc7481_Coroutines.java:56: orphaned default
// ERROR Kc7481_Coroutines.java:67: class, interface, enum, or record expected
// ERROR Kc7481_Coroutines.java:48: com.google.common.collect.TransformedIterator is abstract; cannot be instantiated
// ERROR Kc7481_Coroutines.java:50: cannot find symbol
//   symbol:   variable Entry
//   location: interface com.google.common.collect.Multiset
// ERROR Kc7481_Coroutines.java:50: cannot find symbol
//   symbol:   variable entry
//   location: class com.google.common.collect.Kc7481_Coroutines.Co_elementIteratorMachine<E>
// ERROR Kc7481_Coroutines.java:51: cannot find symbol
//   symbol:   variable entry
//   location: class com.google.common.collect.Kc7481_Coroutines.Co_elementIteratorMachine<E>
// ERROR Kc7481_Coroutines.java:62: method does not override or implement a method from a supertype
// ERROR Kc7481_Coroutines.java:64: cannot find symbol
//   symbol:   variable entryIterator
//   location: class com.google.common.collect.Kc7481_Coroutines
// ERROR Kc7481_Coroutines.java:50: variable E might not have been initialized
// 
// generated source:
// package com.google.common.collect;
// 
// import java.util.Iterator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc7481}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc7481_Coroutines extends Kc7481 {
//     Kc7481_Coroutines() {
//         super();
//     }
// 
//     static <E> InProgress<Iterator<E>> co_elementIterator(
//             Iterator<Multiset.Entry<E>> entryIterator) {
//         return new Co_elementIteratorMachine<E>(entryIterator).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc7481#co_elementIterator(java.util.Iterator)}.
//      */
//     private static final class Co_elementIteratorMachine<E> extends CoroutineMachine<Iterator<E>> {
//         private Iterator<Multiset.Entry<E>> entryIterator;
// 
//         Co_elementIteratorMachine(Iterator<Multiset.Entry<E>> entryIterator) {
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
//                     case 1: { // Kc7481.java:11  yield_()
//                         resumedFromSlice();
//                         returnWith(new TransformedIterator<Multiset.Entry<E>, E>(entryIterator) backingIteratorde
//                           @ParametricNullness
//                           E transform(Multiset.Entry<E> entry) {
//                             return entry.getElement();
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
import com.google.common.collect.Multiset.Entry;
import java.util.Iterator;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.Multisets.*;
import static com.google.common.collect.Multisets.*;
abstract class Kc7481 {
    @kaa.Coroutine
    static <E extends @Nullable Object> kaa.InProgress<Iterator<E>> co_elementIterator(Iterator<Entry<E>> entryIterator) {
    yield_(); return done(new TransformedIterator<Entry<E>, E>(entryIterator) {
      @Override
      @ParametricNullness
      E transform(Entry<E> entry) {
        return entry.getElement();
      }
    });
  }
}
