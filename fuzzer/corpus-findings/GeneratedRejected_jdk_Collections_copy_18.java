// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/Collections.java:Collections.copy#18 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Collections_copy_18.java
//
// ERROR Kc23188_Coroutines.java:137: incompatible types: java.util.ListIterator<capture#1 of ?> cannot be converted to java.util.ListIterator<? super T>
// 
// generated source:
// package kc.java.util;
// 
// import java.util.List;
// import java.util.ListIterator;
// import java.util.RandomAccess;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc23188}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc23188_Coroutines extends Kc23188 {
//     Kc23188_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<Void> co_copy(List<? super T> dest, List<? extends T> src) {
//         return new Co_copyMachine<T>(dest, src).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc23188#co_copy(java.util.List, java.util.List)}.
//      */
//     private static final class Co_copyMachine<T> extends CoroutineMachine<Void> {
//         private List<? super T> dest;
// 
//         private List<? extends T> src;
// 
//         private int srcSize;
// 
//         private int i;
// 
//         private ListIterator<? super T> di;
// 
//         Co_copyMachine(List<? super T> dest, List<? extends T> src) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.dest = dest;
//             this.src = src;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (await(InProgress.finished(src.size()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc23188.java:24  yield_(kaa.InProgress.finished(src.size()))
//                         srcSize = this.<Integer>awaitedValue();
//                         if (!(srcSize > dest.size())) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             dest = null;
//                             src = null;
//                             di = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc23188.java:26  yield_()
//                         resumedFromSlice();
//                         throw new IndexOutOfBoundsException("Source does not fit in dest");
//                     }
//                     case 3: { // after if
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc23188.java:28  yield_()
//                         resumedFromSlice();
//                         if (!(srcSize < Kc23188.COPY_THRESHOLD ||
//                             (src instanceof RandomAccess && dest instanceof RandomAccess))) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         i = 0;
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for i<srcSize
//                         if (!(i<srcSize)) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             di = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc23188.java:31  yield_()
//                         resumedFromSlice();
//                         dest.set(i, src.get(i));
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // for update
//                         i++;
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 8: { // after for
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 9: { // else
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc23188.java:33  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(dest.listIterator()), 11)) {
//                             dest = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc23188.java:33  yield_(kaa.InProgress.finished(dest.listIterator()))
//                         di = this.<ListIterator<?>>awaitedValue();
//                         if (yieldSlice(12)) {
//                             dest = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc23188.java:34  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(src.listIterator()), 13)) {
//                             dest = null;
//                             src = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc23188.java:34  yield_(kaa.InProgress.finished(src.listIterator()))
//                         ListIterator<? extends T> si = this.<ListIterator<? extends T>>awaitedValue();
//                         for (int i_=0; i_<srcSize; i_++) {
//                             di.next();
//                             di.set(si.next());
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // after if
//                         returnWith(null);
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
//             dest = null;
//             src = null;
//             di = null;
//         }
//     }
// }
// 

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.Collections.*;
import static java.util.Collections.*;
abstract class Kc23188 {
    static final int COPY_THRESHOLD = 10;
    static <T> T get(ListIterator<? extends T> i, int index) {
        T obj;
        int pos = i.nextIndex();
        if (pos <= index) {
            do {
                obj = i.next();
            } while (pos++ < index);
        } else {
            do {
                obj = i.previous();
            } while (--pos > index);
        }
        return obj;
    }
    @kaa.Coroutine
    static <T> kaa.InProgress<Void> co_copy(List<? super T> dest, List<? extends T> src) {
        int srcSize = yield_(kaa.InProgress.finished(src.size()));
        if (srcSize > dest.size())
            { yield_(); throw new IndexOutOfBoundsException("Source does not fit in dest"); }

        yield_(); if (srcSize < COPY_THRESHOLD ||
            (src instanceof RandomAccess && dest instanceof RandomAccess)) {
            for (int i=0; i<srcSize; i++)
                { yield_(); dest.set(i, src.get(i)); }
        } else {
            yield_(); ListIterator<? super T> di=yield_(kaa.InProgress.finished(dest.listIterator()));
            yield_(); ListIterator<? extends T> si=yield_(kaa.InProgress.finished(src.listIterator()));
            for (int i=0; i<srcSize; i++) {
                di.next();
                di.set(si.next());
            }
        }
    return done(); }
}
