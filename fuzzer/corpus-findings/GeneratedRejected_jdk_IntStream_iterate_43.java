// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/stream/IntStream.java:IntStream.iterate#43 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_IntStream_iterate_43.java
//
// ERROR Kc21565_Coroutines.java:70: ';' expected
// ERROR Kc21565_Coroutines.java:70: not a statement
// ERROR Kc21565_Coroutines.java:70: ';' expected
// ERROR Kc21565_Coroutines.java:74: ';' expected
// ERROR Kc21565_Coroutines.java:74: ';' expected
// ERROR Kc21565_Coroutines.java:94: orphaned case
// ERROR Kc21565_Coroutines.java:120: class, interface, enum, or record expected
// ERROR Kc21565_Coroutines.java:69: java.util.Spliterators.AbstractIntSpliterator is abstract; cannot be instantiated
// ERROR Kc21565_Coroutines.java:74: modifier public not allowed here
// ERROR Kc21565_Coroutines.java:73: annotation type not applicable to this kind of declaration
// ERROR Kc21565_Coroutines.java:114: method does not override or implement a method from a supertype
// ERROR Kc21565_Coroutines.java:116: cannot find symbol
//   symbol:   variable f
//   location: class kc.java.util.stream.Kc21565_Coroutines
// ERROR Kc21565_Coroutines.java:117: cannot find symbol
//   symbol:   variable spliterator
//   location: class kc.java.util.stream.Kc21565_Coroutines
// ERROR Kc21565_Coroutines.java:86: unreachable statement
// ERROR Kc21565_Coroutines.java:87: unreachable statement
// ERROR Kc21565_Coroutines.java:75: variable action might not have been initialized
// ERROR Kc21565_Coroutines.java:77: variable started might not have been initialized
// ERROR Kc21565_Coroutines.java:78: variable prev might not have been initialized
// 
// generated source:
// package kc.java.util.stream;
// 
// import java.util.Objects;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import java.util.function.IntConsumer;
// import java.util.function.IntUnaryOperator;
// import java.util.stream.IntStream;
// import java.util.stream.StreamSupport;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21565}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21565_Coroutines extends Kc21565 {
//     Kc21565_Coroutines() {
//         super();
//     }
// 
//     static InProgress<IntStream> co_iterate(int seed, IntUnaryOperator f) {
//         return new Co_iterateMachine(seed, f).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21565#co_iterate(int, java.util.function.IntUnaryOperator)}.
//      */
//     private static final class Co_iterateMachine extends CoroutineMachine<IntStream> {
//         private int seed;
// 
//         private IntUnaryOperator f;
// 
//         private Spliterator.OfInt spliterator;
// 
//         Co_iterateMachine(int seed, IntUnaryOperator f) {
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
//                     case 1: { // Kc21565.java:14  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(f);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc21565.java:15  yield_()
//                         resumedFromSlice();
//                         final IntUnaryOperator fCaptured = f;
//                         final int seedCaptured = seed;
//                         spliterator = new Spliterators.AbstractIntSpliterator(Long.MAX_VALUE,
//                                Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) est           int prev;
//                             boolean started;
// 
//                             @Override
//                             public boolean tryAdvance(IntConsumer action) {
//                                 Objects.requireNonNull(action);
//                                 int t;
//                                 if (started)
//                                     t = fCaptured.applyAsInt(prev);
//                                 else {
//                                     t = seedCaptured;
//                                     started = true;
//                                 }
//                                 action.accept(prev = t);
//                                 return true;
//                             }
//                         };
//                         if (yieldSlice(3)) {
//                             f = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc21565.java:34  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(StreamSupport.intStream(spliterator, false)), 4)) {
//                             f = null;
//                             spliterator = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc21565.java:34  yield_(kaa.InProgress.finished(StreamSupport.intStream(spliterator, false)))
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
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import static kaa.Async.*;
import java.util.stream.*;
import java.util.stream.IntStream.*;
import static java.util.stream.IntStream.*;
abstract class Kc21565 {
    @kaa.Coroutine
    static kaa.InProgress<IntStream> co_iterate(final int seed, final IntUnaryOperator f) {
        yield_(); Objects.requireNonNull(f);
        yield_(); Spliterator.OfInt spliterator = new Spliterators.AbstractIntSpliterator(Long.MAX_VALUE,
               Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) {
            int prev;
            boolean started;

            @Override
            public boolean tryAdvance(IntConsumer action) {
                Objects.requireNonNull(action);
                int t;
                if (started)
                    t = f.applyAsInt(prev);
                else {
                    t = seed;
                    started = true;
                }
                action.accept(prev = t);
                return true;
            }
        };
        yield_(); return done(yield_(kaa.InProgress.finished(StreamSupport.intStream(spliterator, false))));
    }
}
