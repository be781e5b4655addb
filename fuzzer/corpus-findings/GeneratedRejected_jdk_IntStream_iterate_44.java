// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/stream/IntStream.java:IntStream.iterate#44 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_IntStream_iterate_44.java
//
// ERROR Kc21567_Coroutines.java:84: ';' expected
// ERROR Kc21567_Coroutines.java:84: not a statement
// ERROR Kc21567_Coroutines.java:84: ';' expected
// ERROR Kc21567_Coroutines.java:88: ';' expected
// ERROR Kc21567_Coroutines.java:88: ';' expected
// ERROR Kc21567_Coroutines.java:108: ';' expected
// ERROR Kc21567_Coroutines.java:108: ';' expected
// ERROR Kc21567_Coroutines.java:128: orphaned case
// ERROR Kc21567_Coroutines.java:156: class, interface, enum, or record expected
// ERROR Kc21567_Coroutines.java:83: java.util.Spliterators.AbstractIntSpliterator is abstract; cannot be instantiated
// ERROR Kc21567_Coroutines.java:88: modifier public not allowed here
// ERROR Kc21567_Coroutines.java:87: annotation type not applicable to this kind of declaration
// ERROR Kc21567_Coroutines.java:108: modifier public not allowed here
// ERROR Kc21567_Coroutines.java:107: annotation type not applicable to this kind of declaration
// ERROR Kc21567_Coroutines.java:108: 'void' type not allowed here
// ERROR Kc21567_Coroutines.java:149: method does not override or implement a method from a supertype
// ERROR Kc21567_Coroutines.java:151: cannot find symbol
//   symbol:   variable hasNext
//   location: class kc.java.util.stream.Kc21567_Coroutines
// ERROR Kc21567_Coroutines.java:152: cannot find symbol
//   symbol:   variable next
//   location: class kc.java.util.stream.Kc21567_Coroutines
// ERROR Kc21567_Coroutines.java:153: cannot find symbol
//   symbol:   variable spliterator
//   location: class kc.java.util.stream.Kc21567_Coroutines
// ERROR Kc21567_Coroutines.java:89: variable action might not have been initialized
// ERROR Kc21567_Coroutines.java:90: variable finished might not have been initialized
// ERROR Kc21567_Coroutines.java:93: variable started might not have been initialized
// ERROR Kc21567_Coroutines.java:94: variable prev might not have been initialized
// ERROR Kc21567_Coroutines.java:109: variable action_ might not have been initialized
// 
// generated source:
// package kc.java.util.stream;
// 
// import java.util.Objects;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import java.util.function.IntConsumer;
// import java.util.function.IntPredicate;
// import java.util.function.IntUnaryOperator;
// import java.util.stream.IntStream;
// import java.util.stream.StreamSupport;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21567}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21567_Coroutines extends Kc21567 {
//     Kc21567_Coroutines() {
//         super();
//     }
// 
//     static InProgress<IntStream> co_iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
//         return new Co_iterateMachine(seed, hasNext, next).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21567#co_iterate(int, java.util.function.IntPredicate, java.util.function.IntUnaryOperator)}.
//      */
//     private static final class Co_iterateMachine extends CoroutineMachine<IntStream> {
//         private int seed;
// 
//         private IntPredicate hasNext;
// 
//         private IntUnaryOperator next;
// 
//         private Spliterator.OfInt spliterator;
// 
//         Co_iterateMachine(int seed, IntPredicate hasNext, IntUnaryOperator next) {
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
//                     case 1: { // Kc21567.java:15  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(next);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc21567.java:16  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(hasNext);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc21567.java:17  yield_()
//                         resumedFromSlice();
//                         final IntUnaryOperator nextCaptured = next;
//                         final int seedCaptured = seed;
//                         final IntPredicate hasNextCaptured = hasNext;
//                         spliterator = new Spliterators.AbstractIntSpliterator(Long.MAX_VALUE,
//                                Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) est           int prev;
//                             boolean started, finished;
// 
//                             @Override
//                             public boolean tryAdvance(IntConsumer action) {
//                                 Objects.requireNonNull(action);
//                                 if (finished)
//                                     return false;
//                                 int t;
//                                 if (started)
//                                     t = nextCaptured.applyAsInt(prev);
//                                 else {
//                                     t = seedCaptured;
//                                     started = true;
//                                 }
//                                 if (!hasNextCaptured.test(t)) {
//                                     finished = true;
//                                     return false;
//                                 }
//                                 action.accept(prev = t);
//                                 return true;
//                             }
// 
//                             @Override
//                             public void forEachRemaining(IntConsumer action_) {
//                                 Objects.requireNonNull(action_);
//                                 if (finished)
//                                     return;
//                                 finished = true;
//                                 int t_ = started ? nextCaptured.applyAsInt(prev) : seedCaptured;
//                                 while (hasNextCaptured.test(t_)) {
//                                     action_.accept(t_);
//                                     t_ = nextCaptured.applyAsInt(t_);
//                                 }
//                             }
//                         };
//                         if (yieldSlice(4)) {
//                             hasNext = null;
//                             next = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc21567.java:55  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(StreamSupport.intStream(spliterator, false)), 5)) {
//                             hasNext = null;
//                             next = null;
//                             spliterator = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc21567.java:55  yield_(kaa.InProgress.finished(StreamSupport.intStream(spliterator, false)))
//                         returnWith(this.<IntStream>awaitedValue());
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
//             hasNext = null;
//             next = null;
//             spliterator = null;
//         }
//     }
// }
// 

package kc.java.util.stream;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import static kaa.Async.*;
import java.util.stream.*;
import java.util.stream.IntStream.*;
import static java.util.stream.IntStream.*;
abstract class Kc21567 {
    @kaa.Coroutine
    static kaa.InProgress<IntStream> co_iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        yield_(); Objects.requireNonNull(next);
        yield_(); Objects.requireNonNull(hasNext);
        yield_(); Spliterator.OfInt spliterator = new Spliterators.AbstractIntSpliterator(Long.MAX_VALUE,
               Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) {
            int prev;
            boolean started, finished;

            @Override
            public boolean tryAdvance(IntConsumer action) {
                Objects.requireNonNull(action);
                if (finished)
                    return false;
                int t;
                if (started)
                    t = next.applyAsInt(prev);
                else {
                    t = seed;
                    started = true;
                }
                if (!hasNext.test(t)) {
                    finished = true;
                    return false;
                }
                action.accept(prev = t);
                return true;
            }

            @Override
            public void forEachRemaining(IntConsumer action) {
                Objects.requireNonNull(action);
                if (finished)
                    return;
                finished = true;
                int t = started ? next.applyAsInt(prev) : seed;
                while (hasNext.test(t)) {
                    action.accept(t);
                    t = next.applyAsInt(t);
                }
            }
        };
        yield_(); return done(yield_(kaa.InProgress.finished(StreamSupport.intStream(spliterator, false))));
    }
}
