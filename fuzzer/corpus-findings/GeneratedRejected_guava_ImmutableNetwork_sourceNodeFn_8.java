// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/graph/ImmutableNetwork.java:ImmutableNetwork.sourceNodeFn#8 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableNetwork_sourceNodeFn_8.java
//
// ERROR Kc1988_Coroutines.java:48: incompatible types: bad return type in lambda expression
//     N cannot be converted to N
// 
// generated source:
// package com.google.common.graph;
// 
// import com.google.common.base.Function;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc1988}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1988_Coroutines extends Kc1988 {
//     Kc1988_Coroutines() {
//         super();
//     }
// 
//     static <N, E> InProgress<Function<E, N>> co_sourceNodeFn(Network<N, E> network) {
//         return new Co_sourceNodeFnMachine<N, E>(network).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1988#co_sourceNodeFn(com.google.common.graph.Network)}.
//      */
//     private static final class Co_sourceNodeFnMachine<N, E> extends CoroutineMachine<Function<E, N>> {
//         private Network<N, E> network;
// 
//         Co_sourceNodeFnMachine(Network<N, E> network) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.network = network;
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
//                     case 1: { // Kc1988.java:9  yield_()
//                         resumedFromSlice();
//                         final Network<N, E> networkCaptured = network;
//                         returnWith((E edge) -> networkCaptured.incidentNodes(edge).source());
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
//             network = null;
//         }
//     }
// }
// 

package com.google.common.graph;
import com.google.common.base.Function;
import static kaa.Async.*;
import com.google.common.graph.ImmutableNetwork.*;
import static com.google.common.graph.ImmutableNetwork.*;
abstract class Kc1988 {
    @kaa.Coroutine
    static <N, E> kaa.InProgress<Function<E, N>> co_sourceNodeFn(Network<N, E> network) {
    yield_(); return done((E edge) -> network.incidentNodes(edge).source());
  }
}
