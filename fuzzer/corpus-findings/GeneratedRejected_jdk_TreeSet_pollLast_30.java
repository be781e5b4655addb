// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/TreeSet.java:TreeSet.pollLast#30 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_TreeSet_pollLast_30.java
//
// ERROR Kc24088_Coroutines.java:49: incompatible types: bad type in conditional expression
//     E cannot be converted to E
// 
// generated source:
// package kc.java.util;
// 
// import java.util.Map;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc24088}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// abstract class Kc24088_Coroutines<E> extends Kc24088<E> {
//     Kc24088_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<E> co_pollLast() {
//         return new Co_pollLastMachine<E>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc24088#co_pollLast()}.
//      */
//     private static final class Co_pollLastMachine<E> extends CoroutineMachine<E> {
//         private final Kc24088_Coroutines<E> self;
// 
//         Co_pollLastMachine(Kc24088_Coroutines<E> self) {
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
//                     case 1: { // Kc24088.java:10  yield_()
//                         resumedFromSlice();
//                         Map.Entry<E, ?> e = self.m.pollLastEntry();
//                         returnWith((e == null) ? null : e.getKey());
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

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.TreeSet.*;
import static java.util.TreeSet.*;
abstract class Kc24088<E> extends java.util.TreeSet<E> {
    NavigableMap<E,Object> m;
    @kaa.Coroutine
    kaa.InProgress<E> co_pollLast() {
        yield_(); Map.Entry<E,?> e = m.pollLastEntry();
        return done((e == null) ? null : e.getKey());
    }
}
