// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/ArrayDeque.java:ArrayDeque.bulkRemoveModified#68 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ArrayDeque_bulkRemoveModified_68.java
//
// ERROR Kc24004_Coroutines.java:338: ';' expected
// ERROR Kc24004_Coroutines.java:339: ';' expected
// ERROR Kc24004_Coroutines.java:340: ';' expected
// 
// generated source:
// package kc.java.util;
// 
// import java.util.ConcurrentModificationException;
// import java.util.concurrent.TimeUnit;
// import java.util.function.Predicate;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc24004}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// abstract class Kc24004_Coroutines<E> extends Kc24004<E> {
//     Kc24004_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Boolean> co_bulkRemoveModified(Predicate<? super E> filter, int beg) {
//         return new Co_bulkRemoveModifiedMachine<E>(this, filter, beg).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc24004#co_bulkRemoveModified(java.util.function.Predicate, int)}.
//      */
//     private static final class Co_bulkRemoveModifiedMachine<E> extends CoroutineMachine<Boolean> {
//         private final Kc24004_Coroutines<E> self;
// 
//         private Predicate<? super E> filter;
// 
//         private int beg;
// 
//         private Object[] es;
// 
//         private int capacity;
// 
//         private int end;
// 
//         private long[] deathRow;
// 
//         private int i;
// 
//         private int to;
// 
//         private int k;
// 
//         private int w;
// 
//         private int i_;
// 
//         private int to_;
// 
//         private int k_;
// 
//         Co_bulkRemoveModifiedMachine(Kc24004_Coroutines<E> self, Predicate<? super E> filter,
//                 int beg) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.filter = filter;
//             this.beg = beg;
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
//                     case 1: { // Kc24004.java:37  yield_()
//                         resumedFromSlice();
//                         es = self.elements;
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc24004.java:38  yield_()
//                         resumedFromSlice();
//                         capacity = es.length;
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc24004.java:39  yield_()
//                         resumedFromSlice();
//                         end = self.tail;
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc24004.java:40  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(Kc24004.nBits(Kc24004.sub(end, beg, capacity))), 5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc24004.java:40  yield_(kaa.InProgress.finished(nBits(sub(end, beg, capacity))))
//                         deathRow = this.<long[]>awaitedValue();
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc24004.java:41  yield_()
//                         resumedFromSlice();
//                         deathRow[0] = 1L;
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc24004.java:42  yield_()
//                         resumedFromSlice();
//                         i = beg + 1;
//                         to = (i <= end) ? end : es.length;
//                         k = beg;
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // for (;;)
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc24004.java:44  yield_()
//                         resumedFromSlice();
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for i < to
//                         if (!(i < to)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc24004.java:45  yield_()
//                         resumedFromSlice();
//                         if (!(filter.test(Kc24004.elementAt(es, i)))) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc24004.java:46  yield_()
//                         resumedFromSlice();
//                         Kc24004.setBit(deathRow, i - k);
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // after if
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for update
//                         i++;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 15: { // after for
//                         if (yieldSlice(16)) {
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc24004.java:47  yield_()
//                         resumedFromSlice();
//                         if (!(to == end)) {
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(17)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc24004.java:47  yield_()
//                         resumedFromSlice();
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 18: { // after if
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // for update
//                         i = 0;
//                         to = end;
//                         k -= capacity;
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 20: { // after for
//                         if (yieldSlice(21)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc24004.java:50  yield_()
//                         resumedFromSlice();
//                         w = beg;
//                         if (yieldSlice(22)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc24004.java:51  yield_()
//                         resumedFromSlice();
//                         i_ = beg + 1;
//                         to_ = (i_ <= end) ? end : es.length;
//                         k_ = beg;
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // for (;;)
//                         if (yieldSlice(24)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc24004.java:54  yield_()
//                         resumedFromSlice();
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // for i < to
//                         if (!(i_ < to_)) {
//                             label = 30;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(26)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc24004.java:55  yield_()
//                         resumedFromSlice();
//                         if (!(Kc24004.isClear(deathRow, i_ - k_))) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(27)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc24004.java:56  yield_()
//                         resumedFromSlice();
//                         es[w++] = es[i_];
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // after if
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // for update
//                         i_++;
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 30: { // after for
//                         if (yieldSlice(31)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // Kc24004.java:57  yield_()
//                         resumedFromSlice();
//                         if (!(to_ == end)) {
//                             label = 33;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(32)) {
//                             filter = null;
//                             deathRow = null;
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc24004.java:57  yield_()
//                         resumedFromSlice();
//                         label = 48;
//                         continue dispatch;
//                     }
//                     case 33: { // after if
//                         if (yieldSlice(34)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // Kc24004.java:59  yield_()
//                         resumedFromSlice();
//                         i_ = 0
//                         to_ = end
//                         k_ -= capacity
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 35: { // for i < to && w < capacity
//                         if (!(i_ < to_ && w < capacity)) {
//                             label = 40;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(36)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // Kc24004.java:60  yield_()
//                         resumedFromSlice();
//                         if (!(Kc24004.isClear(deathRow, i_ - k_))) {
//                             label = 38;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(37)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // Kc24004.java:61  yield_()
//                         resumedFromSlice();
//                         es[w++] = es[i_];
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 38: { // after if
//                         label = 39;
//                         continue dispatch;
//                     }
//                     case 39: { // for update
//                         i_++;
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 40: { // after for
//                         if (yieldSlice(41)) {
//                             filter = null;
//                             return;
//                         }
//                         label = 41;
//                         continue dispatch;
//                     }
//                     case 41: { // Kc24004.java:62  yield_()
//                         resumedFromSlice();
//                         if (!(i_ >= to_)) {
//                             label = 46;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(42)) {
//                             filter = null;
//                             deathRow = null;
//                             return;
//                         }
//                         label = 42;
//                         continue dispatch;
//                     }
//                     case 42: { // Kc24004.java:63  yield_()
//                         resumedFromSlice();
//                         if (!(w == capacity)) {
//                             label = 44;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(43)) {
//                             filter = null;
//                             deathRow = null;
//                             return;
//                         }
//                         label = 43;
//                         continue dispatch;
//                     }
//                     case 43: { // Kc24004.java:63  yield_()
//                         resumedFromSlice();
//                         w = 0;
//                         label = 44;
//                         continue dispatch;
//                     }
//                     case 44: { // after if
//                         if (yieldSlice(45)) {
//                             filter = null;
//                             deathRow = null;
//                             return;
//                         }
//                         label = 45;
//                         continue dispatch;
//                     }
//                     case 45: { // Kc24004.java:64  yield_()
//                         resumedFromSlice();
//                         label = 48;
//                         continue dispatch;
//                     }
//                     case 46: { // after if
//                         label = 47;
//                         continue dispatch;
//                     }
//                     case 47: { // for update
//                         w = 0;
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 48: { // after for
//                         if (yieldSlice(49)) {
//                             filter = null;
//                             deathRow = null;
//                             return;
//                         }
//                         label = 49;
//                         continue dispatch;
//                     }
//                     case 49: { // Kc24004.java:67  yield_()
//                         resumedFromSlice();
//                         if (!(end != self.tail)) {
//                             label = 51;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(50)) {
//                             filter = null;
//                             es = null;
//                             deathRow = null;
//                             return;
//                         }
//                         label = 50;
//                         continue dispatch;
//                     }
//                     case 50: { // Kc24004.java:67  yield_()
//                         resumedFromSlice();
//                         throw new ConcurrentModificationException();
//                     }
//                     case 51: { // after if
//                         if (yieldSlice(52)) {
//                             filter = null;
//                             deathRow = null;
//                             return;
//                         }
//                         label = 52;
//                         continue dispatch;
//                     }
//                     case 52: { // Kc24004.java:68  yield_()
//                         resumedFromSlice();
//                         Kc24004.circularClear(es, self.tail = w, end);
//                         if (yieldSlice(53)) {
//                             filter = null;
//                             es = null;
//                             deathRow = null;
//                             return;
//                         }
//                         label = 53;
//                         continue dispatch;
//                     }
//                     case 53: { // Kc24004.java:69  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (true));
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
//             filter = null;
//             es = null;
//             deathRow = null;
//         }
//     }
// }
// 

package kc.java.util;
import java.util.function.Predicate;
import static kaa.Async.*;
import java.util.*;
import java.util.ArrayDeque.*;
import static java.util.ArrayDeque.*;
abstract class Kc24004<E> extends java.util.ArrayDeque<E> {
    Object[] elements;
    int tail;
    static int sub(int i, int j, int modulus) {
        if ((i -= j) < 0) i += modulus;
        return i;
    }
    static <E> E elementAt(Object[] es, int i) {
        return (E) es[i];
    }
    static long[] nBits(int n) {
        return new long[((n - 1) >> 6) + 1];
    }
    static void setBit(long[] bits, int i) {
        bits[i >> 6] |= 1L << i;
    }
    static boolean isClear(long[] bits, int i) {
        return (bits[i >> 6] & (1L << i)) == 0;
    }
    static void circularClear(Object[] es, int i, int end) {
        // assert 0 <= i && i < es.length;
        // assert 0 <= end && end < es.length;
        for (int to = (i <= end) ? end : es.length;
             ; i = 0, to = end) {
            for (; i < to; i++) es[i] = null;
            if (to == end) break;
        }
    }
    @kaa.Coroutine
    kaa.InProgress<Boolean> co_bulkRemoveModified(Predicate<? super E> filter, final int beg) {
        yield_(); final Object[] es = elements;
        yield_(); final int capacity = es.length;
        yield_(); final int end = tail;
        yield_(); final long[] deathRow = yield_(kaa.InProgress.finished(nBits(sub(end, beg, capacity))));
        yield_(); deathRow[0] = 1L;   // set bit 0
        yield_(); for (int i = beg + 1, to = (i <= end) ? end : es.length, k = beg;
             ; i = 0, to = end, k -= capacity) {
            yield_(); for (; i < to; i++)
                { yield_(); if (filter.test(elementAt(es, i)))
                    { yield_(); setBit(deathRow, i - k); } }
            yield_(); if (to == end) { yield_(); break; }
        }
        // a two-finger traversal, with hare i reading, tortoise w writing
        yield_(); int w = beg;
        yield_(); for (int i = beg + 1, to = (i <= end) ? end : es.length, k = beg;
             ; w = 0) { // w rejoins i on second leg
            // In this loop, i and w are on the same leg, with i > w
            yield_(); for (; i < to; i++)
                { yield_(); if (isClear(deathRow, i - k))
                    { yield_(); es[w++] = es[i]; } }
            yield_(); if (to == end) { yield_(); break; }
            // In this loop, w is on the first leg, i on the second
            yield_(); for (i = 0, to = end, k -= capacity; i < to && w < capacity; i++)
                { yield_(); if (isClear(deathRow, i - k))
                    { yield_(); es[w++] = es[i]; } }
            yield_(); if (i >= to) {
                yield_(); if (w == capacity) { yield_(); w = 0; } // "corner" case
                yield_(); break;
            }
        }
        yield_(); if (end != tail) { yield_(); throw new ConcurrentModificationException(); }
        yield_(); circularClear(es, tail = w, end);
        yield_(); return done((boolean) (true));
    }
}
