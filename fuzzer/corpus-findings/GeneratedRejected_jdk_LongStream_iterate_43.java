// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/stream/LongStream.java:LongStream.iterate#43 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_LongStream_iterate_43.java
//
// ERROR Kc21213_Coroutines.java:85: ';' expected
// ERROR Kc21213_Coroutines.java:85: not a statement
// ERROR Kc21213_Coroutines.java:85: ';' expected
// ERROR Kc21213_Coroutines.java:89: ';' expected
// ERROR Kc21213_Coroutines.java:89: ';' expected
// ERROR Kc21213_Coroutines.java:109: ';' expected
// ERROR Kc21213_Coroutines.java:109: ';' expected
// ERROR Kc21213_Coroutines.java:129: orphaned case
// ERROR Kc21213_Coroutines.java:147: class, interface, enum, or record expected
// ERROR Kc21213_Coroutines.java:84: java.util.Spliterators.AbstractLongSpliterator is abstract; cannot be instantiated
// ERROR Kc21213_Coroutines.java:89: modifier public not allowed here
// ERROR Kc21213_Coroutines.java:88: annotation type not applicable to this kind of declaration
// ERROR Kc21213_Coroutines.java:109: modifier public not allowed here
// ERROR Kc21213_Coroutines.java:108: annotation type not applicable to this kind of declaration
// ERROR Kc21213_Coroutines.java:109: 'void' type not allowed here
// ERROR Kc21213_Coroutines.java:140: method does not override or implement a method from a supertype
// ERROR Kc21213_Coroutines.java:142: cannot find symbol
//   symbol:   variable hasNext
//   location: class kc.java.util.stream.Kc21213_Coroutines
// ERROR Kc21213_Coroutines.java:143: cannot find symbol
//   symbol:   variable next
//   location: class kc.java.util.stream.Kc21213_Coroutines
// ERROR Kc21213_Coroutines.java:144: cannot find symbol
//   symbol:   variable spliterator
//   location: class kc.java.util.stream.Kc21213_Coroutines
// ERROR Kc21213_Coroutines.java:90: variable action might not have been initialized
// ERROR Kc21213_Coroutines.java:91: variable finished might not have been initialized
// ERROR Kc21213_Coroutines.java:94: variable started might not have been initialized
// ERROR Kc21213_Coroutines.java:95: variable prev might not have been initialized
// ERROR Kc21213_Coroutines.java:110: variable action_ might not have been initialized
// 
// generated source:
// package kc.java.util.stream;
// 
// import java.util.Objects;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import java.util.function.LongConsumer;
// import java.util.function.LongPredicate;
// import java.util.function.LongUnaryOperator;
// import java.util.stream.LongStream;
// import java.util.stream.StreamSupport;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21213}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21213_Coroutines extends Kc21213 {
//     Kc21213_Coroutines() {
//         super();
//     }
// 
//     static InProgress<LongStream> co_iterate(long seed, LongPredicate hasNext,
//             LongUnaryOperator next) {
//         return new Co_iterateMachine(seed, hasNext, next).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21213#co_iterate(long, java.util.function.LongPredicate, java.util.function.LongUnaryOperator)}.
//      */
//     private static final class Co_iterateMachine extends CoroutineMachine<LongStream> {
//         private long seed;
// 
//         private LongPredicate hasNext;
// 
//         private LongUnaryOperator next;
// 
//         private Spliterator.OfLong spliterator;
// 
//         Co_iterateMachine(long seed, LongPredicate hasNext, LongUnaryOperator next) {
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
//                     case 1: { // Kc21213.java:15  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(next);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc21213.java:16  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(hasNext);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc21213.java:17  yield_()
//                         resumedFromSlice();
//                         final LongUnaryOperator nextCaptured = next;
//                         final long seedCaptured = seed;
//                         final LongPredicate hasNextCaptured = hasNext;
//                         spliterator = new Spliterators.AbstractLongSpliterator(Long.MAX_VALUE,
//                                Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) est           long prev;
//                             boolean started, finished;
// 
//                             @Override
//                             public boolean tryAdvance(LongConsumer action) {
//                                 Objects.requireNonNull(action);
//                                 if (finished)
//                                     return false;
//                                 long t;
//                                 if (started)
//                                     t = nextCaptured.applyAsLong(prev);
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
//                             public void forEachRemaining(LongConsumer action_) {
//                                 Objects.requireNonNull(action_);
//                                 if (finished)
//                                     return;
//                                 finished = true;
//                                 long t_ = started ? nextCaptured.applyAsLong(prev) : seedCaptured;
//                                 while (hasNextCaptured.test(t_)) {
//                                     action_.accept(t_);
//                                     t_ = nextCaptured.applyAsLong(t_);
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
//                     case 4: { // Kc21213.java:55  yield_()
//                         resumedFromSlice();
//                         returnWith(StreamSupport.longStream(spliterator, false));
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
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import static kaa.Async.*;
import java.util.stream.*;
import java.util.stream.LongStream.*;
import static java.util.stream.LongStream.*;
abstract class Kc21213 {
    @kaa.Coroutine
    static kaa.InProgress<LongStream> co_iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        yield_(); Objects.requireNonNull(next);
        yield_(); Objects.requireNonNull(hasNext);
        yield_(); Spliterator.OfLong spliterator = new Spliterators.AbstractLongSpliterator(Long.MAX_VALUE,
               Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) {
            long prev;
            boolean started, finished;

            @Override
            public boolean tryAdvance(LongConsumer action) {
                Objects.requireNonNull(action);
                if (finished)
                    return false;
                long t;
                if (started)
                    t = next.applyAsLong(prev);
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
            public void forEachRemaining(LongConsumer action) {
                Objects.requireNonNull(action);
                if (finished)
                    return;
                finished = true;
                long t = started ? next.applyAsLong(prev) : seed;
                while (hasNext.test(t)) {
                    action.accept(t);
                    t = next.applyAsLong(t);
                }
            }
        };
        yield_(); return done(StreamSupport.longStream(spliterator, false));
    }
}
