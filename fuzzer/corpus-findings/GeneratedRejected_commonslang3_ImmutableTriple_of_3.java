// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/tuple/ImmutableTriple.java:ImmutableTriple.of#3 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_ImmutableTriple_of_3.java
//
// ERROR Kc1167_Coroutines.java:52: incompatible types: bad type in conditional expression
//     cannot infer type arguments for org.apache.commons.lang3.tuple.ImmutableTriple<>
//       reason: inference variable L has incompatible bounds
//         equality constraints: L
//         lower bounds: L
// 
// generated source:
// package org.apache.commons.lang3.tuple;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc1167}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1167_Coroutines extends Kc1167 {
//     Kc1167_Coroutines() {
//         super();
//     }
// 
//     static <L, M, R> InProgress<ImmutableTriple<L, M, R>> co_of(L left, M middle, R right) {
//         return new Co_ofMachine<L, M, R>(left, middle, right).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1167#co_of(Object, Object, Object)}.
//      */
//     private static final class Co_ofMachine<L, M, R> extends CoroutineMachine<ImmutableTriple<L, M, R>> {
//         private L left;
// 
//         private M middle;
// 
//         private R right;
// 
//         Co_ofMachine(L left, M middle, R right) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.left = left;
//             this.middle = middle;
//             this.right = right;
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
//                     case 1: { // Kc1167.java:12  yield_()
//                         resumedFromSlice();
//                         returnWith(left != null | middle != null || right != null ? new ImmutableTriple<>(left, middle, right) : Kc1167.nullTriple());
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
//             left = null;
//             middle = null;
//             right = null;
//         }
//     }
// }
// 

package org.apache.commons.lang3.tuple;
import static kaa.Async.*;
import org.apache.commons.lang3.tuple.ImmutableTriple.*;
import static org.apache.commons.lang3.tuple.ImmutableTriple.*;
abstract class Kc1167 {
    static <L, M, R> ImmutableTriple<L, M, R> nullTriple() {
        return NULL;
    }
    static final ImmutableTriple NULL = new ImmutableTriple<>(null, null, null);
    @kaa.Coroutine
    static <L, M, R> kaa.InProgress<ImmutableTriple<L, M, R>> co_of(final L left, final M middle, final R right) {
        yield_(); return done(left != null | middle != null || right != null ? new ImmutableTriple<>(left, middle, right) : nullTriple());
    }
}
