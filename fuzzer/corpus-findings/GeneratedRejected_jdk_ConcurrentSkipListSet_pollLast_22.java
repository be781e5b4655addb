// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/concurrent/ConcurrentSkipListSet.java:ConcurrentSkipListSet.pollLast#22 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ConcurrentSkipListSet_pollLast_22.java
//
// ERROR Kc11423_Coroutines.java:66: incompatible types: bad type in conditional expression
//     E cannot be converted to E
// 
// generated source:
// package kc.java.util.concurrent;
// 
// import java.util.Map;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc11423}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// abstract class Kc11423_Coroutines<E> extends Kc11423<E> {
//     Kc11423_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<E> co_pollLast() {
//         return new Co_pollLastMachine<E>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc11423#co_pollLast()}.
//      */
//     private static final class Co_pollLastMachine<E> extends CoroutineMachine<E> {
//         private final Kc11423_Coroutines<E> self;
// 
//         private Map.Entry<E, Object> e;
// 
//         Co_pollLastMachine(Kc11423_Coroutines<E> self) {
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
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc11423.java:11  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(self.m.pollLastEntry()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc11423.java:11  yield_(kaa.InProgress.finished(m.pollLastEntry()))
//                         e = this.<Map.Entry<E, Object>>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc11423.java:12  yield_()
//                         resumedFromSlice();
//                         returnWith((e == null) ? null : e.getKey());
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
//             e = null;
//         }
//     }
// }
// 

package kc.java.util.concurrent;
import java.util.Map;
import static kaa.Async.*;
import java.util.concurrent.*;
import java.util.concurrent.ConcurrentSkipListSet.*;
import static java.util.concurrent.ConcurrentSkipListSet.*;
abstract class Kc11423<E> extends java.util.concurrent.ConcurrentSkipListSet<E> {
    ConcurrentNavigableMap<E,Object> m;
    @kaa.Coroutine
    kaa.InProgress<E> co_pollLast() {
        yield_(); Map.Entry<E,Object> e = yield_(kaa.InProgress.finished(m.pollLastEntry()));
        yield_(); return done((e == null) ? null : e.getKey());
    }
}
