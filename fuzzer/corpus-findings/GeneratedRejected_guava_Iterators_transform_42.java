// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/Iterators.java:Iterators.transform#42 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Iterators_transform_42.java
//
// ERROR Kc2229_Coroutines.java:47: ')' expected
// ERROR Kc2229_Coroutines.java:48: illegal start of expression
// ERROR Kc2229_Coroutines.java:49: ';' expected
// ERROR Kc2229_Coroutines.java:49: illegal start of expression
// ERROR Kc2229_Coroutines.java:49: ')' expected
// ERROR Kc2229_Coroutines.java:49: not a statement
// ERROR Kc2229_Coroutines.java:49: ';' expected
// ERROR Kc2229_Coroutines.java:52: illegal start of expression
// ERROR Kc2229_Coroutines.java:55: orphaned default
// ERROR Kc2229_Coroutines.java:67: class, interface, enum, or record expected
// ERROR Kc2229_Coroutines.java:47: com.google.common.collect.TransformedIterator is abstract; cannot be instantiated
// ERROR Kc2229_Coroutines.java:50: cannot find symbol
//   symbol:   variable from
//   location: class com.google.common.collect.Kc2229_Coroutines.Co_transformMachine<F,T>
// ERROR Kc2229_Coroutines.java:61: method does not override or implement a method from a supertype
// ERROR Kc2229_Coroutines.java:63: cannot find symbol
//   symbol:   variable fromIterator
//   location: class com.google.common.collect.Kc2229_Coroutines
// ERROR Kc2229_Coroutines.java:64: cannot find symbol
//   symbol:   variable function
//   location: class com.google.common.collect.Kc2229_Coroutines
// 
// generated source:
// package com.google.common.collect;
// 
// import com.google.common.base.Function;
// import com.google.common.base.Preconditions;
// import java.util.Iterator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc2229}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc2229_Coroutines extends Kc2229 {
//     Kc2229_Coroutines() {
//         super();
//     }
// 
//     static <F, T> InProgress<Iterator<T>> co_transform(Iterator<F> fromIterator,
//             Function<? super F, ? extends T> function) {
//         return new Co_transformMachine<F, T>(fromIterator, function).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc2229#co_transform(java.util.Iterator, com.google.common.base.Function)}.
//      */
//     private static final class Co_transformMachine<F, T> extends CoroutineMachine<Iterator<T>> {
//         private Iterator<F> fromIterator;
// 
//         private Function<? super F, ? extends T> function;
// 
//         Co_transformMachine(Iterator<F> fromIterator, Function<? super F, ? extends T> function) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.fromIterator = fromIterator;
//             this.function = function;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         Preconditions.checkNotNull(function);
//                         final Function<? super F, ? extends T> functionCaptured = function;
//                         returnWith(new TransformedIterator<F, T>(fromIterator) backingIteratortricNullness
//                           @Override
//                           T transform(@ParametricNullness F from) {
//                             return functionCaptured.apply(from);
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
//             fromIterator = null;
//             function = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import static com.google.common.base.Preconditions.checkNotNull;
import com.google.common.base.Function;
import java.util.Iterator;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.Iterators.*;
import static com.google.common.collect.Iterators.*;
abstract class Kc2229 {
    static <F extends @Nullable Object, T extends @Nullable Object> Iterator<T> transform(Iterator<F> fromIterator, Function<? super F, ? extends T> function) {
    checkNotNull(function);
    return new TransformedIterator<F, T>(fromIterator) {
      @ParametricNullness
      @Override
      T transform(@ParametricNullness F from) {
        return function.apply(from);
      }
    };
  }
    @kaa.Coroutine
    static <F extends @Nullable Object, T extends @Nullable Object> kaa.InProgress<Iterator<T>> co_transform(Iterator<F> fromIterator, Function<? super F, ? extends T> function) {
    checkNotNull(function);
    return done(new TransformedIterator<F, T>(fromIterator) {
      @ParametricNullness
      @Override
      T transform(@ParametricNullness F from) {
        return function.apply(from);
      }
    });
  }
}
