// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/stream/DoubleStream.java:DoubleStream.iterate#41 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_DoubleStream_iterate_41.java
//
// ERROR Kc27903_Coroutines.java:62: ';' expected
// ERROR Kc27903_Coroutines.java:62: not a statement
// ERROR Kc27903_Coroutines.java:62: ';' expected
// ERROR Kc27903_Coroutines.java:66: ';' expected
// ERROR Kc27903_Coroutines.java:66: ';' expected
// ERROR Kc27903_Coroutines.java:86: orphaned case
// ERROR Kc27903_Coroutines.java:112: class, interface, enum, or record expected
// ERROR Kc27903_Coroutines.java:61: java.util.Spliterators.AbstractDoubleSpliterator is abstract; cannot be instantiated
// ERROR Kc27903_Coroutines.java:66: modifier public not allowed here
// ERROR Kc27903_Coroutines.java:65: annotation type not applicable to this kind of declaration
// ERROR Kc27903_Coroutines.java:106: method does not override or implement a method from a supertype
// ERROR Kc27903_Coroutines.java:108: cannot find symbol
//   symbol:   variable f
//   location: class kc.java.util.stream.Kc27903_Coroutines
// ERROR Kc27903_Coroutines.java:109: cannot find symbol
//   symbol:   variable spliterator
//   location: class kc.java.util.stream.Kc27903_Coroutines
// ERROR Kc27903_Coroutines.java:78: unreachable statement
// ERROR Kc27903_Coroutines.java:79: unreachable statement
// ERROR Kc27903_Coroutines.java:67: variable action might not have been initialized
// ERROR Kc27903_Coroutines.java:69: variable started might not have been initialized
// ERROR Kc27903_Coroutines.java:70: variable prev might not have been initialized
// 
// generated source:
// package kc.java.util.stream;
// 
// import java.util.Objects;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import java.util.function.DoubleConsumer;
// import java.util.function.DoubleUnaryOperator;
// import java.util.stream.DoubleStream;
// import java.util.stream.StreamSupport;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc27903}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc27903_Coroutines extends Kc27903 {
//     Kc27903_Coroutines() {
//         super();
//     }
// 
//     static InProgress<DoubleStream> co_iterate(double seed, DoubleUnaryOperator f) {
//         return new Co_iterateMachine(seed, f).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc27903#co_iterate(double, java.util.function.DoubleUnaryOperator)}.
//      */
//     private static final class Co_iterateMachine extends CoroutineMachine<DoubleStream> {
//         private double seed;
// 
//         private DoubleUnaryOperator f;
// 
//         private Spliterator.OfDouble spliterator;
// 
//         Co_iterateMachine(double seed, DoubleUnaryOperator f) {
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
//                     case 1: { // Kc27903.java:14  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(f);
//                         final DoubleUnaryOperator fCaptured = f;
//                         final double seedCaptured = seed;
//                         spliterator = new Spliterators.AbstractDoubleSpliterator(Long.MAX_VALUE,
//                                Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) est           double prev;
//                             boolean started;
// 
//                             @Override
//                             public boolean tryAdvance(DoubleConsumer action) {
//                                 Objects.requireNonNull(action);
//                                 double t;
//                                 if (started)
//                                     t = fCaptured.applyAsDouble(prev);
//                                 else {
//                                     t = seedCaptured;
//                                     started = true;
//                                 }
//                                 action.accept(prev = t);
//                                 return true;
//                             }
//                         };
//                         if (yieldSlice(2)) {
//                             f = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc27903.java:34  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(StreamSupport.doubleStream(spliterator, false)), 3)) {
//                             f = null;
//                             spliterator = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc27903.java:34  yield_(kaa.InProgress.finished(StreamSupport.doubleStream(spliterator, false)))
//                         returnWith(this.<DoubleStream>awaitedValue());
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
//             f = null;
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
import java.util.function.DoubleUnaryOperator;
import static kaa.Async.*;
import java.util.stream.*;
import java.util.stream.DoubleStream.*;
import static java.util.stream.DoubleStream.*;
abstract class Kc27903 {
    @kaa.Coroutine
    static kaa.InProgress<DoubleStream> co_iterate(final double seed, final DoubleUnaryOperator f) {
        yield_(); Objects.requireNonNull(f);
        Spliterator.OfDouble spliterator = new Spliterators.AbstractDoubleSpliterator(Long.MAX_VALUE,
               Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) {
            double prev;
            boolean started;

            @Override
            public boolean tryAdvance(DoubleConsumer action) {
                Objects.requireNonNull(action);
                double t;
                if (started)
                    t = f.applyAsDouble(prev);
                else {
                    t = seed;
                    started = true;
                }
                action.accept(prev = t);
                return true;
            }
        };
        yield_(); return done(yield_(kaa.InProgress.finished(StreamSupport.doubleStream(spliterator, false))));
    }
}
