// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/ArrayUtils.java:ArrayUtils.clone#49 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_ArrayUtils_clone_49.java
//
// ERROR Kc284_Coroutines.java:46: incompatible types: bad type in conditional expression
//     T[] cannot be converted to T[]
// 
// generated source:
// package org.apache.commons.lang3;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc284}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc284_Coroutines extends Kc284 {
//     Kc284_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<T[]> co_clone(T[] array) {
//         return new Co_cloneMachine<T>(array).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc284#co_clone(T[])}.
//      */
//     private static final class Co_cloneMachine<T> extends CoroutineMachine<T[]> {
//         private T[] array;
// 
//         Co_cloneMachine(T[] array) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.array = array;
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
//                     case 1: { // Kc284.java:35  yield_()
//                         resumedFromSlice();
//                         returnWith(array != null ? array.clone() : null);
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
//             array = null;
//         }
//     }
// }
// 

package org.apache.commons.lang3;
import static kaa.Async.*;
import org.apache.commons.lang3.ArrayUtils.*;
import static org.apache.commons.lang3.ArrayUtils.*;
abstract class Kc284 {
    static boolean[] clone(final boolean[] array) {
        return array != null ? array.clone() : null;
    }
    static byte[] clone(final byte[] array) {
        return array != null ? array.clone() : null;
    }
    static char[] clone(final char[] array) {
        return array != null ? array.clone() : null;
    }
    static double[] clone(final double[] array) {
        return array != null ? array.clone() : null;
    }
    static float[] clone(final float[] array) {
        return array != null ? array.clone() : null;
    }
    static int[] clone(final int[] array) {
        return array != null ? array.clone() : null;
    }
    static long[] clone(final long[] array) {
        return array != null ? array.clone() : null;
    }
    static short[] clone(final short[] array) {
        return array != null ? array.clone() : null;
    }
    static <T> T[] clone(final T[] array) {
        return array != null ? array.clone() : null;
    }
    @kaa.Coroutine
    static <T> kaa.InProgress<T[]> co_clone(final T[] array) {
        yield_(); return done(array != null ? array.clone() : null);
    }
}
