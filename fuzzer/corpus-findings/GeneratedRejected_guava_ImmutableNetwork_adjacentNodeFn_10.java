// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/graph/ImmutableNetwork.java:ImmutableNetwork.adjacentNodeFn#10 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableNetwork_adjacentNodeFn_10.java
//
// ERROR Kc1990_Coroutines.java:52: incompatible types: bad return type in lambda expression
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
//  * The coroutines of {@link Kc1990}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1990_Coroutines extends Kc1990 {
//     Kc1990_Coroutines() {
//         super();
//     }
// 
//     static <N, E> InProgress<Function<E, N>> co_adjacentNodeFn(Network<N, E> network, N node) {
//         return new Co_adjacentNodeFnMachine<N, E>(network, node).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1990#co_adjacentNodeFn(com.google.common.graph.Network, Object)}.
//      */
//     private static final class Co_adjacentNodeFnMachine<N, E> extends CoroutineMachine<Function<E, N>> {
//         private Network<N, E> network;
// 
//         private N node;
// 
//         Co_adjacentNodeFnMachine(Network<N, E> network, N node) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.network = network;
//             this.node = node;
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
//                     case 1: { // Kc1990.java:9  yield_()
//                         resumedFromSlice();
//                         final Network<N, E> networkCaptured = network;
//                         final N nodeCaptured = node;
//                         returnWith((E edge) -> networkCaptured.incidentNodes(edge).adjacentNode(nodeCaptured));
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
//             node = null;
//         }
//     }
// }
// 

package com.google.common.graph;
import com.google.common.base.Function;
import static kaa.Async.*;
import com.google.common.graph.ImmutableNetwork.*;
import static com.google.common.graph.ImmutableNetwork.*;
abstract class Kc1990 {
    @kaa.Coroutine
    static <N, E> kaa.InProgress<Function<E, N>> co_adjacentNodeFn(Network<N, E> network, N node) {
    yield_(); return done((E edge) -> network.incidentNodes(edge).adjacentNode(node));
  }
}
