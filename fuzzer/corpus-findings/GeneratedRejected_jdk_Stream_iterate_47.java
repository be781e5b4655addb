// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/stream/Stream.java:Stream.iterate#47 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Stream_iterate_47.java
//
// ERROR Kc13921_Coroutines.java:75: ';' expected
// ERROR Kc13921_Coroutines.java:75: ';' expected
// ERROR Kc13921_Coroutines.java:75: not a statement
// ERROR Kc13921_Coroutines.java:79: ';' expected
// ERROR Kc13921_Coroutines.java:79: ';' expected
// ERROR Kc13921_Coroutines.java:100: ';' expected
// ERROR Kc13921_Coroutines.java:100: ';' expected
// ERROR Kc13921_Coroutines.java:122: orphaned case
// ERROR Kc13921_Coroutines.java:139: class, interface, enum, or record expected
// ERROR Kc13921_Coroutines.java:74: java.util.Spliterators.AbstractSpliterator is abstract; cannot be instantiated
// ERROR Kc13921_Coroutines.java:75: cannot find symbol
//   symbol:   class est
//   location: class kc.java.util.stream.Kc13921_Coroutines.Co_iterateMachine<T>
// ERROR Kc13921_Coroutines.java:79: modifier public not allowed here
// ERROR Kc13921_Coroutines.java:78: annotation type not applicable to this kind of declaration
// ERROR Kc13921_Coroutines.java:85: cannot find symbol
//   symbol:   variable prev
//   location: class kc.java.util.stream.Kc13921_Coroutines.Co_iterateMachine<T>
// ERROR Kc13921_Coroutines.java:91: cannot find symbol
//   symbol:   variable prev
//   location: class kc.java.util.stream.Kc13921_Coroutines.Co_iterateMachine<T>
// ERROR Kc13921_Coroutines.java:95: cannot find symbol
//   symbol:   variable prev
//   location: class kc.java.util.stream.Kc13921_Coroutines.Co_iterateMachine<T>
// ERROR Kc13921_Coroutines.java:100: modifier public not allowed here
// ERROR Kc13921_Coroutines.java:99: annotation type not applicable to this kind of declaration
// ERROR Kc13921_Coroutines.java:100: 'void' type not allowed here
// ERROR Kc13921_Coroutines.java:105: cannot find symbol
//   symbol:   variable prev
//   location: class kc.java.util.stream.Kc13921_Coroutines.Co_iterateMachine<T>
// ERROR Kc13921_Coroutines.java:106: cannot find symbol
//   symbol:   variable prev
//   location: class kc.java.util.stream.Kc13921_Coroutines.Co_iterateMachine<T>
// ERROR Kc13921_Coroutines.java:113: cannot find symbol
//   symbol:   variable spliterator
//   location: class kc.java.util.stream.Kc13921_Coroutines.Co_iterateMachine<T>
// ERROR Kc13921_Coroutines.java:132: method does not override or implement a method from a supertype
// ERROR Kc13921_Coroutines.java:134: cannot find symbol
//   symbol:   variable seed
//   location: class kc.java.util.stream.Kc13921_Coroutines
// ERROR Kc13921_Coroutines.java:135: cannot find symbol
//   symbol:   variable hasNext
//   location: class kc.java.util.stream.Kc13921_Coroutines
// ERROR Kc13921_Coroutines.java:136: cannot find symbol
//   symbol:   variable next
//   location: class kc.java.util.stream.Kc13921_Coroutines
// ERROR Kc13921_Coroutines.java:80: variable action might not have been initialized
// ERROR Kc13921_Coroutines.java:81: variable finished might not have been initialized
// ERROR Kc13921_Coroutines.java:84: variable started might not have been initialized
// ERROR Kc13921_Coroutines.java:101: variable action_ might not have been initialized
// 
// generated source:
// package kc.java.util.stream;
// 
// import java.util.Objects;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import java.util.function.Consumer;
// import java.util.function.Predicate;
// import java.util.function.UnaryOperator;
// import java.util.stream.Stream;
// import java.util.stream.StreamSupport;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc13921}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc13921_Coroutines extends Kc13921 {
//     Kc13921_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<Stream<T>> co_iterate(T seed, Predicate<? super T> hasNext,
//             UnaryOperator<T> next) {
//         return new Co_iterateMachine<T>(seed, hasNext, next).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc13921#co_iterate(Object, java.util.function.Predicate, java.util.function.UnaryOperator)}.
//      */
//     private static final class Co_iterateMachine<T> extends CoroutineMachine<Stream<T>> {
//         private T seed;
// 
//         private Predicate<? super T> hasNext;
// 
//         private UnaryOperator<T> next;
// 
//         Co_iterateMachine(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.seed = seed;
//             this.hasNext = hasNext;
//             this.next = next;
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
//                     case 1: { // Kc13921.java:13  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(next);
//                         Objects.requireNonNull(hasNext);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc13921.java:15  yield_()
//                         resumedFromSlice();
//                         final UnaryOperator<T> nextCaptured = next;
//                         final T seedCaptured = seed;
//                         final Predicate<? super T> hasNextCaptured = hasNext;
//                         Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
//                                Spliterator.ORDERED | Spliterator.IMMUTABLE) est           T prev;
//                             boolean started, finished;
// 
//                             @Override
//                             public boolean tryAdvance(Consumer<? super T> action) {
//                                 Objects.requireNonNull(action);
//                                 if (finished)
//                                     return false;
//                                 T t;
//                                 if (started)
//                                     t = nextCaptured.apply(prev);
//                                 else {
//                                     t = seedCaptured;
//                                     started = true;
//                                 }
//                                 if (!hasNextCaptured.test(t)) {
//                                     prev = null;
//                                     finished = true;
//                                     return false;
//                                 }
//                                 action.accept(prev = t);
//                                 return true;
//                             }
// 
//                             @Override
//                             public void forEachRemaining(Consumer<? super T> action_) {
//                                 Objects.requireNonNull(action_);
//                                 if (finished)
//                                     return;
//                                 finished = true;
//                                 T t_ = started ? nextCaptured.apply(prev) : seedCaptured;
//                                 prev = null;
//                                 while (hasNextCaptured.test(t_)) {
//                                     action_.accept(t_);
//                                     t_ = nextCaptured.apply(t_);
//                                 }
//                             }
//                         };
//                         if (await(InProgress.finished(StreamSupport.stream(spliterator, false)), 3)) {
//                             seed = null;
//                             hasNext = null;
//                             next = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc13921.java:55  yield_(kaa.InProgress.finished(StreamSupport.stream(spliterator, false)))
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
//             hasNext = null;
//             next = null;
//         }
//     }
// }
// 

package kc.java.util.stream;
import java.util.*;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import static kaa.Async.*;
import java.util.stream.*;
import java.util.stream.Stream.*;
import static java.util.stream.Stream.*;
abstract class Kc13921 {
    @kaa.Coroutine
    static <T> kaa.InProgress<Stream<T>> co_iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        yield_(); Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        yield_(); Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
               Spliterator.ORDERED | Spliterator.IMMUTABLE) {
            T prev;
            boolean started, finished;

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                if (finished)
                    return false;
                T t;
                if (started)
                    t = next.apply(prev);
                else {
                    t = seed;
                    started = true;
                }
                if (!hasNext.test(t)) {
                    prev = null;
                    finished = true;
                    return false;
                }
                action.accept(prev = t);
                return true;
            }

            @Override
            public void forEachRemaining(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                if (finished)
                    return;
                finished = true;
                T t = started ? next.apply(prev) : seed;
                prev = null;
                while (hasNext.test(t)) {
                    action.accept(t);
                    t = next.apply(t);
                }
            }
        };
        return done(yield_(kaa.InProgress.finished(StreamSupport.stream(spliterator, false))));
    }
}
