// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/stream/DoubleStream.java:DoubleStream.iterate#42 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_DoubleStream_iterate_42.java
//
// ERROR Kc27905_Coroutines.java:85: ';' expected
// ERROR Kc27905_Coroutines.java:85: not a statement
// ERROR Kc27905_Coroutines.java:85: ';' expected
// ERROR Kc27905_Coroutines.java:89: ';' expected
// ERROR Kc27905_Coroutines.java:89: ';' expected
// ERROR Kc27905_Coroutines.java:109: ';' expected
// ERROR Kc27905_Coroutines.java:109: ';' expected
// ERROR Kc27905_Coroutines.java:129: orphaned case
// ERROR Kc27905_Coroutines.java:147: class, interface, enum, or record expected
// ERROR Kc27905_Coroutines.java:84: java.util.Spliterators.AbstractDoubleSpliterator is abstract; cannot be instantiated
// ERROR Kc27905_Coroutines.java:89: modifier public not allowed here
// ERROR Kc27905_Coroutines.java:88: annotation type not applicable to this kind of declaration
// ERROR Kc27905_Coroutines.java:109: modifier public not allowed here
// ERROR Kc27905_Coroutines.java:108: annotation type not applicable to this kind of declaration
// ERROR Kc27905_Coroutines.java:109: 'void' type not allowed here
// ERROR Kc27905_Coroutines.java:140: method does not override or implement a method from a supertype
// ERROR Kc27905_Coroutines.java:142: cannot find symbol
//   symbol:   variable hasNext
//   location: class kc.java.util.stream.Kc27905_Coroutines
// ERROR Kc27905_Coroutines.java:143: cannot find symbol
//   symbol:   variable next
//   location: class kc.java.util.stream.Kc27905_Coroutines
// ERROR Kc27905_Coroutines.java:144: cannot find symbol
//   symbol:   variable spliterator
//   location: class kc.java.util.stream.Kc27905_Coroutines
// ERROR Kc27905_Coroutines.java:90: variable action might not have been initialized
// ERROR Kc27905_Coroutines.java:91: variable finished might not have been initialized
// ERROR Kc27905_Coroutines.java:94: variable started might not have been initialized
// ERROR Kc27905_Coroutines.java:95: variable prev might not have been initialized
// ERROR Kc27905_Coroutines.java:110: variable action_ might not have been initialized
// 
// generated source:
// package kc.java.util.stream;
// 
// import java.util.Objects;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import java.util.function.DoubleConsumer;
// import java.util.function.DoublePredicate;
// import java.util.function.DoubleUnaryOperator;
// import java.util.stream.DoubleStream;
// import java.util.stream.StreamSupport;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc27905}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc27905_Coroutines extends Kc27905 {
//     Kc27905_Coroutines() {
//         super();
//     }
// 
//     static InProgress<DoubleStream> co_iterate(double seed, DoublePredicate hasNext,
//             DoubleUnaryOperator next) {
//         return new Co_iterateMachine(seed, hasNext, next).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc27905#co_iterate(double, java.util.function.DoublePredicate, java.util.function.DoubleUnaryOperator)}.
//      */
//     private static final class Co_iterateMachine extends CoroutineMachine<DoubleStream> {
//         private double seed;
// 
//         private DoublePredicate hasNext;
// 
//         private DoubleUnaryOperator next;
// 
//         private Spliterator.OfDouble spliterator;
// 
//         Co_iterateMachine(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
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
//                     case 1: { // Kc27905.java:15  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(next);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc27905.java:16  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(hasNext);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc27905.java:17  yield_()
//                         resumedFromSlice();
//                         final DoubleUnaryOperator nextCaptured = next;
//                         final double seedCaptured = seed;
//                         final DoublePredicate hasNextCaptured = hasNext;
//                         spliterator = new Spliterators.AbstractDoubleSpliterator(Long.MAX_VALUE,
//                                Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) est           double prev;
//                             boolean started, finished;
// 
//                             @Override
//                             public boolean tryAdvance(DoubleConsumer action) {
//                                 Objects.requireNonNull(action);
//                                 if (finished)
//                                     return false;
//                                 double t;
//                                 if (started)
//                                     t = nextCaptured.applyAsDouble(prev);
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
//                             public void forEachRemaining(DoubleConsumer action_) {
//                                 Objects.requireNonNull(action_);
//                                 if (finished)
//                                     return;
//                                 finished = true;
//                                 double t_ = started ? nextCaptured.applyAsDouble(prev) : seedCaptured;
//                                 while (hasNextCaptured.test(t_)) {
//                                     action_.accept(t_);
//                                     t_ = nextCaptured.applyAsDouble(t_);
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
//                     case 4: { // Kc27905.java:55  yield_()
//                         resumedFromSlice();
//                         returnWith(StreamSupport.doubleStream(spliterator, false));
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
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import static kaa.Async.*;
import java.util.stream.*;
import java.util.stream.DoubleStream.*;
import static java.util.stream.DoubleStream.*;
abstract class Kc27905 {
    @kaa.Coroutine
    static kaa.InProgress<DoubleStream> co_iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
        yield_(); Objects.requireNonNull(next);
        yield_(); Objects.requireNonNull(hasNext);
        yield_(); Spliterator.OfDouble spliterator = new Spliterators.AbstractDoubleSpliterator(Long.MAX_VALUE,
               Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) {
            double prev;
            boolean started, finished;

            @Override
            public boolean tryAdvance(DoubleConsumer action) {
                Objects.requireNonNull(action);
                if (finished)
                    return false;
                double t;
                if (started)
                    t = next.applyAsDouble(prev);
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
            public void forEachRemaining(DoubleConsumer action) {
                Objects.requireNonNull(action);
                if (finished)
                    return;
                finished = true;
                double t = started ? next.applyAsDouble(prev) : seed;
                while (hasNext.test(t)) {
                    action.accept(t);
                    t = next.applyAsDouble(t);
                }
            }
        };
        yield_(); return done(StreamSupport.doubleStream(spliterator, false));
    }
}
