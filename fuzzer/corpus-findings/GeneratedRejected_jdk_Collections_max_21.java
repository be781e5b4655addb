// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/Collections.java:Collections.max#21 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Collections_max_21.java
//
// ERROR Kc23191_Coroutines.java:19: name clash: <T>co_max(java.util.Collection<? extends T>) in kc.java.util.Kc23191_Coroutines and <T>co_max(java.util.Collection<? extends T>) in kc.java.util.Kc23191 have the same erasure, yet neither hides the other
// 
// generated source:
// package kc.java.util;
// 
// import java.util.Collection;
// import java.util.Iterator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc23191}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc23191_Coroutines extends Kc23191 {
//     Kc23191_Coroutines() {
//         super();
//     }
// 
//     static <T extends Comparable<? super T>> InProgress<T> co_max(Collection<? extends T> coll) {
//         return new Co_maxMachine<T>(coll).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc23191#co_max(java.util.Collection)}.
//      */
//     private static final class Co_maxMachine<T extends Comparable<? super T>> extends CoroutineMachine<T> {
//         private Collection<? extends T> coll;
// 
//         private Iterator<? extends T> i;
// 
//         private T candidate;
// 
//         Co_maxMachine(Collection<? extends T> coll) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.coll = coll;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (await(InProgress.finished(coll.iterator()), 1)) {
//                             coll = null;
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc23191.java:9  yield_(kaa.InProgress.finished(coll.iterator()))
//                         i = this.<Iterator<? extends T>>awaitedValue();
//                         if (await(InProgress.finished(i.next()), 2)) {
//                             coll = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc23191.java:10  yield_(kaa.InProgress.finished(i.next()))
//                         candidate = this.<T>awaitedValue();
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // while (i.hasNext())
//                         if (!(i.hasNext())) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(i.next()), 4)) {
//                             coll = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc23191.java:13  yield_(kaa.InProgress.finished(i.next()))
//                         T next = this.<T>awaitedValue();
//                         if (next.compareTo(candidate) > 0)
//                             candidate = next;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 5: { // after while
//                         returnWith(candidate);
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
//             coll = null;
//             i = null;
//             candidate = null;
//         }
//     }
// }
// 

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.Collections.*;
import static java.util.Collections.*;
abstract class Kc23191 {
    @kaa.Coroutine
    static <T extends Object & Comparable<? super T>> kaa.InProgress<T> co_max(Collection<? extends T> coll) {
        Iterator<? extends T> i = yield_(kaa.InProgress.finished(coll.iterator()));
        T candidate = yield_(kaa.InProgress.finished(i.next()));

        while (i.hasNext()) {
            T next = yield_(kaa.InProgress.finished(i.next()));
            if (next.compareTo(candidate) > 0)
                candidate = next;
        }
        return done(candidate);
    }
}
