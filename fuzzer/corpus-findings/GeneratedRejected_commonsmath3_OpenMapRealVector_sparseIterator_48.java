// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/linear/OpenMapRealVector.java:OpenMapRealVector.sparseIterator#48 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_OpenMapRealVector_sparseIterator_48.java
//
// ERROR Kc6094_Coroutines.java:40: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package org.apache.commons.math3.linear;
// 
// import java.util.Iterator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc6094}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc6094_Coroutines extends Kc6094 {
//     Kc6094_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Iterator<RealVector.Entry>> co_sparseIterator() {
//         return new Co_sparseIteratorMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc6094#co_sparseIterator()}.
//      */
//     private static final class Co_sparseIteratorMachine extends CoroutineMachine<Iterator<RealVector.Entry>> {
//         private final Kc6094_Coroutines self;
// 
//         Co_sparseIteratorMachine(Kc6094_Coroutines self) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         returnWith(new OpenMapRealVector.OpenMapSparseIterator());
//                         return;
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
//     }
// }
// 

package org.apache.commons.math3.linear;
import org.apache.commons.math3.util.OpenIntToDoubleHashMap.Iterator;
import static kaa.Async.*;
import org.apache.commons.math3.linear.OpenMapRealVector.*;
import static org.apache.commons.math3.linear.OpenMapRealVector.*;
abstract class Kc6094 extends org.apache.commons.math3.linear.OpenMapRealVector {
    @kaa.Coroutine
    kaa.InProgress<java.util.Iterator<Entry>> co_sparseIterator() {
        return done(new OpenMapSparseIterator());
    }
}
