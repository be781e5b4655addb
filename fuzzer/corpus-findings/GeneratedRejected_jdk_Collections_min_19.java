// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/Collections.java:Collections.min#19 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Collections_min_19.java
//
// ERROR Kc23189_Coroutines.java:19: name clash: <T>co_min(java.util.Collection<? extends T>) in kc.java.util.Kc23189_Coroutines and <T>co_min(java.util.Collection<? extends T>) in kc.java.util.Kc23189 have the same erasure, yet neither hides the other
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
//  * The coroutines of {@link Kc23189}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc23189_Coroutines extends Kc23189 {
//     Kc23189_Coroutines() {
//         super();
//     }
// 
//     static <T extends Comparable<? super T>> InProgress<T> co_min(Collection<? extends T> coll) {
//         return new Co_minMachine<T>(coll).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc23189#co_min(java.util.Collection)}.
//      */
//     private static final class Co_minMachine<T extends Comparable<? super T>> extends CoroutineMachine<T> {
//         private Collection<? extends T> coll;
// 
//         private Iterator<? extends T> i;
// 
//         private T candidate;
// 
//         private T next;
// 
//         Co_minMachine(Collection<? extends T> coll) {
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
//                         i = coll.iterator();
//                         candidate = i.next();
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // while (i.hasNext())
//                         if (!(i.hasNext())) {
//                             label = 4;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(i.next()), 2)) {
//                             coll = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc23189.java:13  yield_(kaa.InProgress.finished(i.next()))
//                         next = this.<T>awaitedValue();
//                         if (yieldSlice(3)) {
//                             coll = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc23189.java:14  yield_()
//                         resumedFromSlice();
//                         if (next.compareTo(candidate) < 0)
//                             candidate = next;
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 4: { // after while
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
//             next = null;
//         }
//     }
// }
// 

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.Collections.*;
import static java.util.Collections.*;
abstract class Kc23189 {
    @kaa.Coroutine
    static <T extends Object & Comparable<? super T>> kaa.InProgress<T> co_min(Collection<? extends T> coll) {
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();

        while (i.hasNext()) {
            T next = yield_(kaa.InProgress.finished(i.next()));
            yield_(); if (next.compareTo(candidate) < 0)
                candidate = next;
        }
        return done(candidate);
    }
}
