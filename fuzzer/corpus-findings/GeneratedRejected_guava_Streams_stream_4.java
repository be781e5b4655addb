// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/Streams.java:Streams.stream#4 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Streams_stream_4.java
//
// ERROR Kc5000_Coroutines.java:48: incompatible types: bad type in conditional expression
//     inference variable T has incompatible bounds
//       equality constraints: T
//       lower bounds: T
// 
// generated source:
// package com.google.common.collect;
// 
// import com.google.common.base.Optional;
// import java.util.concurrent.TimeUnit;
// import java.util.stream.Stream;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc5000}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc5000_Coroutines extends Kc5000 {
//     Kc5000_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<Stream<T>> co_stream(Optional<T> optional) {
//         return new Co_streamMachine<T>(optional).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc5000#co_stream(com.google.common.base.Optional)}.
//      */
//     private static final class Co_streamMachine<T> extends CoroutineMachine<Stream<T>> {
//         private Optional<T> optional;
// 
//         Co_streamMachine(Optional<T> optional) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.optional = optional;
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
//                     case 1: { // Kc5000.java:9  yield_()
//                         resumedFromSlice();
//                         returnWith(optional.isPresent() ? Stream.of(optional.get()) : Stream.empty());
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
//             optional = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import java.util.stream.Stream;
import static kaa.Async.*;
import com.google.common.collect.Streams.*;
import static com.google.common.collect.Streams.*;
abstract class Kc5000 {
    @kaa.Coroutine
    static <T> kaa.InProgress<Stream<T>> co_stream(com.google.common.base.Optional<T> optional) {
    yield_(); return done(optional.isPresent() ? Stream.of(optional.get()) : Stream.empty());
  }
}
