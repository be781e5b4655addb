// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/stream/LongStream.java:LongStream.iterate#42 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_LongStream_iterate_42.java
//
// ERROR Kc21211_Coroutines.java:70: ';' expected
// ERROR Kc21211_Coroutines.java:70: not a statement
// ERROR Kc21211_Coroutines.java:70: ';' expected
// ERROR Kc21211_Coroutines.java:74: ';' expected
// ERROR Kc21211_Coroutines.java:74: ';' expected
// ERROR Kc21211_Coroutines.java:94: orphaned case
// ERROR Kc21211_Coroutines.java:120: class, interface, enum, or record expected
// ERROR Kc21211_Coroutines.java:69: java.util.Spliterators.AbstractLongSpliterator is abstract; cannot be instantiated
// ERROR Kc21211_Coroutines.java:74: modifier public not allowed here
// ERROR Kc21211_Coroutines.java:73: annotation type not applicable to this kind of declaration
// ERROR Kc21211_Coroutines.java:114: method does not override or implement a method from a supertype
// ERROR Kc21211_Coroutines.java:116: cannot find symbol
//   symbol:   variable f
//   location: class kc.java.util.stream.Kc21211_Coroutines
// ERROR Kc21211_Coroutines.java:117: cannot find symbol
//   symbol:   variable spliterator
//   location: class kc.java.util.stream.Kc21211_Coroutines
// ERROR Kc21211_Coroutines.java:86: unreachable statement
// ERROR Kc21211_Coroutines.java:87: unreachable statement
// ERROR Kc21211_Coroutines.java:75: variable action might not have been initialized
// ERROR Kc21211_Coroutines.java:77: variable started might not have been initialized
// ERROR Kc21211_Coroutines.java:78: variable prev might not have been initialized
// 
// generated source:
// package kc.java.util.stream;
// 
// import java.util.Objects;
// import java.util.Spliterator;
// import java.util.Spliterators;
// import java.util.concurrent.TimeUnit;
// import java.util.function.LongConsumer;
// import java.util.function.LongUnaryOperator;
// import java.util.stream.LongStream;
// import java.util.stream.StreamSupport;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21211}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21211_Coroutines extends Kc21211 {
//     Kc21211_Coroutines() {
//         super();
//     }
// 
//     static InProgress<LongStream> co_iterate(long seed, LongUnaryOperator f) {
//         return new Co_iterateMachine(seed, f).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21211#co_iterate(long, java.util.function.LongUnaryOperator)}.
//      */
//     private static final class Co_iterateMachine extends CoroutineMachine<LongStream> {
//         private long seed;
// 
//         private LongUnaryOperator f;
// 
//         private Spliterator.OfLong spliterator;
// 
//         Co_iterateMachine(long seed, LongUnaryOperator f) {
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
//                     case 1: { // Kc21211.java:14  yield_()
//                         resumedFromSlice();
//                         Objects.requireNonNull(f);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc21211.java:15  yield_()
//                         resumedFromSlice();
//                         final LongUnaryOperator fCaptured = f;
//                         final long seedCaptured = seed;
//                         spliterator = new Spliterators.AbstractLongSpliterator(Long.MAX_VALUE,
//                                Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) est           long prev;
//                             boolean started;
// 
//                             @Override
//                             public boolean tryAdvance(LongConsumer action) {
//                                 Objects.requireNonNull(action);
//                                 long t;
//                                 if (started)
//                                     t = fCaptured.applyAsLong(prev);
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
//                     case 3: { // Kc21211.java:34  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(StreamSupport.longStream(spliterator, false)), 4)) {
//                             f = null;
//                             spliterator = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc21211.java:34  yield_(kaa.InProgress.finished(StreamSupport.longStream(spliterator, false)))
//                         returnWith(this.<LongStream>awaitedValue());
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
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;
import static kaa.Async.*;
import java.util.stream.*;
import java.util.stream.LongStream.*;
import static java.util.stream.LongStream.*;
abstract class Kc21211 {
    @kaa.Coroutine
    static kaa.InProgress<LongStream> co_iterate(final long seed, final LongUnaryOperator f) {
        yield_(); Objects.requireNonNull(f);
        yield_(); Spliterator.OfLong spliterator = new Spliterators.AbstractLongSpliterator(Long.MAX_VALUE,
               Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL) {
            long prev;
            boolean started;

            @Override
            public boolean tryAdvance(LongConsumer action) {
                Objects.requireNonNull(action);
                long t;
                if (started)
                    t = f.applyAsLong(prev);
                else {
                    t = seed;
                    started = true;
                }
                action.accept(prev = t);
                return true;
            }
        };
        yield_(); return done(yield_(kaa.InProgress.finished(StreamSupport.longStream(spliterator, false))));
    }
}
