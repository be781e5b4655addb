// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/lang/module/ModuleDescriptor.java:ModuleDescriptor.compare#118 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ModuleDescriptor_compare_118.java
//
// ERROR Kc22269_Coroutines.java:19: name clash: <T>co_compare(java.util.Set<T>,java.util.Set<T>) in kc.java.lang.module.Kc22269_Coroutines and <T>co_compare(java.util.Set<T>,java.util.Set<T>) in kc.java.lang.module.Kc22269 have the same erasure, yet neither hides the other
// 
// generated source:
// package kc.java.lang.module;
// 
// import java.util.Arrays;
// import java.util.Set;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc22269}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc22269_Coroutines extends Kc22269 {
//     Kc22269_Coroutines() {
//         super();
//     }
// 
//     static <T extends Comparable<? super T>> InProgress<Integer> co_compare(Set<T> s1, Set<T> s2) {
//         return new Co_compareMachine<T>(s1, s2).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc22269#co_compare(java.util.Set, java.util.Set)}.
//      */
//     private static final class Co_compareMachine<T extends Comparable<? super T>> extends CoroutineMachine<Integer> {
//         private Set<T> s1;
// 
//         private Set<T> s2;
// 
//         private T[] a1;
// 
//         private T[] a2;
// 
//         Co_compareMachine(Set<T> s1, Set<T> s2) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.s1 = s1;
//             this.s2 = s2;
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
//                     case 1: { // Kc22269.java:26  yield_()
//                         resumedFromSlice();
//                         a1 = (T[]) s1.toArray();
//                         if (yieldSlice(2)) {
//                             s1 = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc22269.java:27  yield_()
//                         resumedFromSlice();
//                         a2 = (T[]) s2.toArray();
//                         if (yieldSlice(3)) {
//                             s1 = null;
//                             s2 = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc22269.java:28  yield_()
//                         resumedFromSlice();
//                         Arrays.sort(a1);
//                         if (yieldSlice(4)) {
//                             s1 = null;
//                             s2 = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc22269.java:29  yield_()
//                         resumedFromSlice();
//                         Arrays.sort(a2);
//                         if (yieldSlice(5)) {
//                             s1 = null;
//                             s2 = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc22269.java:30  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (Arrays.compare(a1, a2)));
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
//             s1 = null;
//             s2 = null;
//             a1 = null;
//             a2 = null;
//         }
//     }
// }
// 

package kc.java.lang.module;
import java.util.Arrays;
import java.util.Set;
import static java.util.Objects.*;
import static kaa.Async.*;
import java.lang.module.*;
import java.lang.module.ModuleDescriptor.*;
import static java.lang.module.ModuleDescriptor.*;
abstract class Kc22269 {
    static <T extends Object & Comparable<? super T>> int compare(T obj1, T obj2) {
        if (obj1 != null) {
            return (obj2 != null) ? obj1.compareTo(obj2) : 1;
        } else {
            return (obj2 == null) ? 0 : -1;
        }
    }
    static <T extends Object & Comparable<? super T>> int compare(Set<T> s1, Set<T> s2) {
        T[] a1 = (T[]) s1.toArray();
        T[] a2 = (T[]) s2.toArray();
        Arrays.sort(a1);
        Arrays.sort(a2);
        return Arrays.compare(a1, a2);
    }
    @kaa.Coroutine
    static <T extends Object & Comparable<? super T>> kaa.InProgress<Integer> co_compare(Set<T> s1, Set<T> s2) {
        yield_(); T[] a1 = (T[]) s1.toArray();
        yield_(); T[] a2 = (T[]) s2.toArray();
        yield_(); Arrays.sort(a1);
        yield_(); Arrays.sort(a2);
        yield_(); return done((int) (Arrays.compare(a1, a2)));
    }
}
