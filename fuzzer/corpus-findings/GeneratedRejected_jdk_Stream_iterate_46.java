// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/stream/Stream.java:Stream.iterate#46 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Stream_iterate_46.java
//
// ERROR Kc13919_Coroutines.java:68: ';' expected
// ERROR Kc13919_Coroutines.java:68: ';' expected
// ERROR Kc13919_Coroutines.java:68: not a statement
// ERROR Kc13919_Coroutines.java:72: ';' expected
// ERROR Kc13919_Coroutines.java:72: ';' expected
// ERROR Kc13919_Coroutines.java:93: orphaned case
// ERROR Kc13919_Coroutines.java:109: class, interface, enum, or record expected
// ERROR Kc13919_Coroutines.java:67: java.util.Spliterators.AbstractSpliterator is abstract; cannot be instantiated
// ERROR Kc13919_Coroutines.java:68: cannot find symbol
//   symbol:   class est
//   location: class kc.java.util.stream.Kc13919_Coroutines.Co_iterateMachine<T>
// ERROR Kc13919_Coroutines.java:72: modifier public not allowed here
// ERROR Kc13919_Coroutines.java:71: annotation type not applicable to this kind of declaration
// ERROR Kc13919_Coroutines.java:76: cannot find symbol
//   symbol:   variable prev
//   location: class kc.java.util.stream.Kc13919_Coroutines.Co_iterateMachine<T>
// ERROR Kc13919_Coroutines.java:81: cannot find symbol
//   symbol:   variable prev
//   location: class kc.java.util.stream.Kc13919_Coroutines.Co_iterateMachine<T>
// ERROR Kc13919_Coroutines.java:85: cannot find symbol
//   symbol:   variable spliterator
//   location: class kc.java.util.stream.Kc13919_Coroutines.Co_iterateMachine<T>
// ERROR Kc13919_Coroutines.java:103: method does not override or implement a method from a supertype
// ERROR Kc13919_Coroutines.java:105: cannot find symbol
//   symbol:   variable seed
//   location: class kc.java.util.stream.Kc13919_Coroutines
// ERROR Kc13919_Coroutines.java:106: cannot find symbol
//   symbol:   variable f
//   location: class kc.java.util.stream.Kc13919_Coroutines
// ERROR Kc13919_Coroutines.java:84: unreachable statement
// ERROR Kc13919_Coroutines.java:85: unreachable statement
// ERROR Kc13919_Coroutines.java:73: variable action might not have been initialized
// ERROR Kc13919_Coroutines.java:75: variable started might not have been initialized
// 
// generated source:
// package kc.java.util.stream;
// 
// import java.util.Objects;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import java.util.function.Consumer;
// import java.util.function.UnaryOperator;
// import java.util.stream.Stream;
// import java.util.stream.StreamSupport;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc13919}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc13919_Coroutines extends Kc13919 {
//     Kc13919_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<Stream<T>> co_iterate(T seed, UnaryOperator<T> f) {
//         return new Co_iterateMachine<T>(seed, f).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc13919#co_iterate(Object, java.util.function.UnaryOperator)}.
//      */
//     private static final class Co_iterateMachine<T> extends CoroutineMachine<Stream<T>> {
//         private T seed;
// 
//         private UnaryOperator<T> f;
// 
//         Co_iterateMachine(T seed, UnaryOperator<T> f) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.seed = seed;
//             this.f = f;
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
//                     case 1: { // Kc13919.java:12  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(f);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc13919.java:13  yield_()
//                         resumedFromSlice();
//                         final UnaryOperator<T> fCaptured = f;
//                         final T seedCaptured = seed;
//                         Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
//                                Spliterator.ORDERED | Spliterator.IMMUTABLE) est           T prev;
//                             boolean started;
// 
//                             @Override
//                             public boolean tryAdvance(Consumer<? super T> action) {
//                                 Objects.requireNonNull(action);
//                                 T t;
//                                 if (started)
//                                     t = fCaptured.apply(prev);
//                                 else {
//                                     t = seedCaptured;
//                                     started = true;
//                                 }
//                                 action.accept(prev = t);
//                                 return true;
//                             }
//                         };
//                         if (await(InProgress.finished(StreamSupport.stream(spliterator, false)), 3)) {
//                             seed = null;
//                             f = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc13919.java:32  yield_(kaa.InProgress.finished(StreamSupport.stream(spliterator, false)))
//                         returnWith(this.<Stream<T>>awaitedValue());
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
//             seed = null;
//             f = null;
//         }
//     }
// }
// 

package kc.java.util.stream;
import java.util.*;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import static kaa.Async.*;
import java.util.stream.*;
import java.util.stream.Stream.*;
import static java.util.stream.Stream.*;
abstract class Kc13919 {
    @kaa.Coroutine
    static <T> kaa.InProgress<Stream<T>> co_iterate(final T seed, final UnaryOperator<T> f) {
        yield_(); Objects.requireNonNull(f);
        yield_(); Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
               Spliterator.ORDERED | Spliterator.IMMUTABLE) {
            T prev;
            boolean started;

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                T t;
                if (started)
                    t = f.apply(prev);
                else {
                    t = seed;
                    started = true;
                }
                action.accept(prev = t);
                return true;
            }
        };
        return done(yield_(kaa.InProgress.finished(StreamSupport.stream(spliterator, false))));
    }
}
