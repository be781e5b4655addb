// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/fitting/leastsquares/LeastSquaresFactory.java:LeastSquaresFactory.countEvaluations#8 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_LeastSquaresFactory_countEvaluations_8.java
//
// ERROR Kc1333_Coroutines.java:45: ')' expected
// ERROR Kc1333_Coroutines.java:46: illegal start of expression
// ERROR Kc1333_Coroutines.java:46: ';' expected
// ERROR Kc1333_Coroutines.java:47: illegal start of expression
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:48: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:48: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:48: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:48: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:48: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:48: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:49: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:49: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:49: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:49: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:49: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:49: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:49: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:49: case, default, or '}' expected
// ERROR Kc1333_Coroutines.java:53: illegal start of expression
// ERROR Kc1333_Coroutines.java:56: illegal start of type
// ERROR Kc1333_Coroutines.java:57: invalid method declaration; return type required
// ERROR Kc1333_Coroutines.java:57: illegal start of type
// ERROR Kc1333_Coroutines.java:60: class, interface, enum, or record expected
// ERROR Kc1333_Coroutines.java:63: class, interface, enum, or record expected
// ERROR Kc1333_Coroutines.java:65: class, interface, enum, or record expected
// ERROR Kc1333_Coroutines.java:66: class, interface, enum, or record expected
// 
// generated source:
// package org.apache.commons.math3.fitting.leastsquares;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.math3.linear.RealVector;
// import org.apache.commons.math3.util.Incrementor;
// 
// /**
//  * The coroutines of {@link Kc1333}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1333_Coroutines extends Kc1333 {
//     Kc1333_Coroutines() {
//         super();
//     }
// 
//     static InProgress<LeastSquaresProblem> co_countEvaluations(LeastSquaresProblem problem,
//             Incrementor counter) {
//         return new Co_countEvaluationsMachine(problem, counter).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1333#co_countEvaluations(org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem, org.apache.commons.math3.util.Incrementor)}.
//      */
//     private static final class Co_countEvaluationsMachine extends CoroutineMachine<LeastSquaresProblem> {
//         private LeastSquaresProblem problem;
// 
//         private Incrementor counter;
// 
//         Co_countEvaluationsMachine(LeastSquaresProblem problem, Incrementor counter) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.problem = problem;
//             this.counter = counter;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         final Incrementor counterCaptured = counter;
//                         returnWith(new LeastSquaresAdapter(problem) problem_        /** {@inheritDoc} */
//                             @Override
//                             public LeastSquaresProblem.Evaluation evaluate(final RealVector point) {
//                                 counterCaptured.incrementCount();
//                                 return super.evaluate(point);
//                             }
// 
//                             // Delegate the rest.
//                         });
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
//             problem = null;
//             counter = null;
//         }
//     }
// }
// 

package org.apache.commons.math3.fitting.leastsquares;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem.Evaluation;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Incrementor;
import static kaa.Async.*;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresFactory.*;
import static org.apache.commons.math3.fitting.leastsquares.LeastSquaresFactory.*;
abstract class Kc1333 {
    @kaa.Coroutine
    static kaa.InProgress<LeastSquaresProblem> co_countEvaluations(final LeastSquaresProblem problem,
                                                       final Incrementor counter) {
        return done(new LeastSquaresAdapter(problem) {

            /** {@inheritDoc} */
            @Override
            public Evaluation evaluate(final RealVector point) {
                counter.incrementCount();
                return super.evaluate(point);
            }

            // Delegate the rest.
        });
    }
}
