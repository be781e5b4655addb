// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/graph/ImmutableValueGraph.java:ImmutableValueGraph.connectionsOf#7 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_ImmutableValueGraph_connectionsOf_7.java
//
// ERROR Kc6574_Coroutines.java:68: incompatible types: bad type in conditional expression
//     inference variable N has incompatible bounds
//       equality constraints: N,N
//       lower bounds: N
// 
// generated source:
// package com.google.common.graph;
// 
// import com.google.common.base.Function;
// import com.google.common.collect.Maps;
// import java.util.Objects;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc6574}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc6574_Coroutines extends Kc6574 {
//     Kc6574_Coroutines() {
//         super();
//     }
// 
//     static <N, V> InProgress<GraphConnections<N, V>> co_connectionsOf(ValueGraph<N, V> graph,
//             N node) {
//         return new Co_connectionsOfMachine<N, V>(graph, node).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc6574#co_connectionsOf(com.google.common.graph.ValueGraph, Object)}.
//      */
//     private static final class Co_connectionsOfMachine<N, V> extends CoroutineMachine<GraphConnections<N, V>> {
//         private ValueGraph<N, V> graph;
// 
//         private N node;
// 
//         private Function<N, V> successorNodeToValueFn;
// 
//         Co_connectionsOfMachine(ValueGraph<N, V> graph, N node) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.graph = graph;
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
//                     case 1: { // Kc6574.java:11  yield_()
//                         resumedFromSlice();
//                         final ValueGraph<N, V> graphCaptured = graph;
//                         final N nodeCaptured = node;
//                         successorNodeToValueFn = (N successorNode) ->
//                             // requireNonNull is safe because the endpoint pair comes from the graph.
//                             Objects.requireNonNull(graphCaptured.edgeValueOrDefault(nodeCaptured, successorNode, null));
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc6574.java:15  yield_()
//                         resumedFromSlice();
//                         returnWith(graph.isDirected()
//                             ? DirectedGraphConnections.ofImmutable(
//                                 node, graph.incidentEdges(node), successorNodeToValueFn)
//                             : UndirectedGraphConnections.ofImmutable(
//                                 Maps.asMap(graph.adjacentNodes(node), successorNodeToValueFn)));
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
//             graph = null;
//             node = null;
//             successorNodeToValueFn = null;
//         }
//     }
// }
// 

package com.google.common.graph;
import static java.util.Objects.requireNonNull;
import com.google.common.base.Function;
import com.google.common.collect.Maps;
import static kaa.Async.*;
import com.google.common.graph.ImmutableValueGraph.*;
import static com.google.common.graph.ImmutableValueGraph.*;
abstract class Kc6574 {
    @kaa.Coroutine
    static <N, V> kaa.InProgress<GraphConnections<N, V>> co_connectionsOf(ValueGraph<N, V> graph, N node) {
    yield_(); Function<N, V> successorNodeToValueFn =
        (N successorNode) ->
            // requireNonNull is safe because the endpoint pair comes from the graph.
            requireNonNull(graph.edgeValueOrDefault(node, successorNode, null));
    yield_(); return done(graph.isDirected()
        ? DirectedGraphConnections.ofImmutable(
            node, graph.incidentEdges(node), successorNodeToValueFn)
        : UndirectedGraphConnections.ofImmutable(
            Maps.asMap(graph.adjacentNodes(node), successorNodeToValueFn)));
  }
}
