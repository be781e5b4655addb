// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/ArrayDeque.java:ArrayDeque.removeLastOccurrence#27 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ArrayDeque_removeLastOccurrence_27.java
//
// ERROR Kc23967_Coroutines.java:94: ';' expected
// 
// generated source:
// package kc.java.util;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc23967}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// abstract class Kc23967_Coroutines<E> extends Kc23967<E> {
//     Kc23967_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Boolean> co_removeLastOccurrence(Object o) {
//         return new Co_removeLastOccurrenceMachine<E>(this, o).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc23967#co_removeLastOccurrence(java.lang.Object)}.
//      */
//     private static final class Co_removeLastOccurrenceMachine<E> extends CoroutineMachine<Boolean> {
//         private final Kc23967_Coroutines<E> self;
// 
//         private Object o;
// 
//         private Object[] es;
// 
//         private int i;
// 
//         private int end;
// 
//         private int to;
// 
//         Co_removeLastOccurrenceMachine(Kc23967_Coroutines<E> self, Object o) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.o = o;
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
//                     case 1: { // Kc23967.java:62  yield_()
//                         resumedFromSlice();
//                         if (!(o != null)) {
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc23967.java:63  yield_()
//                         resumedFromSlice();
//                         es = self.elements;
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc23967.java:64  yield_()
//                         resumedFromSlice();
//                         i = self.tail;
//                         end = self.head;
//                         to = (i >= end) ? end : 0;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for (;;)
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc23967.java:66  yield_()
//                         resumedFromSlice();
//                         i--
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for i > to - 1
//                         if (!(i > to - 1)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc23967.java:67  yield_()
//                         resumedFromSlice();
//                         if (!(o.equals(es[i]))) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             o = null;
//                             es = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc23967.java:68  yield_()
//                         resumedFromSlice();
//                         self.delete(i);
//                         if (yieldSlice(9)) {
//                             o = null;
//                             es = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc23967.java:69  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (true));
//                         return;
//                     }
//                     case 10: { // after if
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // for update
//                         i--;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 12: { // after for
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc23967.java:71  yield_()
//                         resumedFromSlice();
//                         if (!(to == end)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(14)) {
//                             o = null;
//                             es = null;
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc23967.java:71  yield_()
//                         resumedFromSlice();
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 15: { // after if
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // for update
//                         i = es.length;
//                         to = end;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 17: { // after for
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // after if
//                         if (yieldSlice(19)) {
//                             o = null;
//                             es = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc23967.java:74  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (false));
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
//             o = null;
//             es = null;
//         }
//     }
// }
// 

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.ArrayDeque.*;
import static java.util.ArrayDeque.*;
abstract class Kc23967<E> extends java.util.ArrayDeque<E> {
    Object[] elements;
    int head;
    int tail;
    boolean delete(int i) {
        final Object[] es = elements;
        final int capacity = es.length;
        final int h, t;
        // number of elements before to-be-deleted elt
        final int front = sub(i, h = head, capacity);
        // number of elements after to-be-deleted elt
        final int back = sub(t = tail, i, capacity) - 1;
        if (front < back) {
            // move front elements forwards
            if (h <= i) {
                System.arraycopy(es, h, es, h + 1, front);
            } else { // Wrap around
                System.arraycopy(es, 0, es, 1, i);
                es[0] = es[capacity - 1];
                System.arraycopy(es, h, es, h + 1, front - (i + 1));
            }
            es[h] = null;
            head = inc(h, capacity);
            return false;
        } else {
            // move back elements backwards
            tail = dec(t, capacity);
            if (i <= tail) {
                System.arraycopy(es, i + 1, es, i, back);
            } else { // Wrap around
                System.arraycopy(es, i + 1, es, i, capacity - (i + 1));
                es[capacity - 1] = es[0];
                System.arraycopy(es, 1, es, 0, t - 1);
            }
            es[tail] = null;
            return true;
        }
    }
    static int inc(int i, int modulus) {
        if (++i >= modulus) i = 0;
        return i;
    }
    static int dec(int i, int modulus) {
        if (--i < 0) i = modulus - 1;
        return i;
    }
    static int inc(int i, int distance, int modulus) {
        if ((i += distance) - modulus >= 0) i -= modulus;
        return i;
    }
    static int sub(int i, int j, int modulus) {
        if ((i -= j) < 0) i += modulus;
        return i;
    }
    @kaa.Coroutine
    kaa.InProgress<Boolean> co_removeLastOccurrence(Object o) {
        yield_(); if (o != null) {
            yield_(); final Object[] es = elements;
            yield_(); for (int i = tail, end = head, to = (i >= end) ? end : 0;
                 ; i = es.length, to = end) {
                yield_(); for (i--; i > to - 1; i--)
                    { yield_(); if (o.equals(es[i])) {
                        yield_(); delete(i);
                        yield_(); return done((boolean) (true));
                    } }
                yield_(); if (to == end) { yield_(); break; }
            }
        }
        yield_(); return done((boolean) (false));
    }
}
