// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/StringUtils.java:StringUtils.getIfBlank#57 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp /work/wt/corpus/runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath /work/wt/corpus/processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_StringUtils_getIfBlank_57.java
//
// ERROR Kc188_Coroutines.java:52: incompatible types: bad type in conditional expression
//     inference variable T has incompatible bounds
//       equality constraints: T
//       lower bounds: T,java.lang.Object
// 
// generated source:
// package org.apache.commons.lang3;
// 
// import java.util.concurrent.TimeUnit;
// import java.util.function.Supplier;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.lang3.function.Suppliers;
// 
// /**
//  * The coroutines of {@link Kc188}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc188_Coroutines extends Kc188 {
//     Kc188_Coroutines() {
//         super();
//     }
// 
//     static <T extends CharSequence> InProgress<T> co_getIfBlank(T str,
//             Supplier<T> defaultSupplier) {
//         return new Co_getIfBlankMachine<T>(str, defaultSupplier).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc188#co_getIfBlank(Object, java.util.function.Supplier)}.
//      */
//     private static final class Co_getIfBlankMachine<T extends CharSequence> extends CoroutineMachine<T> {
//         private T str;
// 
//         private Supplier<T> defaultSupplier;
// 
//         Co_getIfBlankMachine(T str, Supplier<T> defaultSupplier) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.str = str;
//             this.defaultSupplier = defaultSupplier;
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
//                     case 1: { // Kc188.java:37  yield_()
//                         resumedFromSlice();
//                         returnWith(Kc188.isBlank(str) ? Suppliers.get(defaultSupplier) : str);
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
//             str = null;
//             defaultSupplier = null;
//         }
//     }
// }
// 

package org.apache.commons.lang3;
import java.util.function.Supplier;
import org.apache.commons.lang3.function.Suppliers;
import static kaa.Async.*;
import org.apache.commons.lang3.StringUtils.*;
import static org.apache.commons.lang3.StringUtils.*;
abstract class Kc188 {
    static boolean isBlank(final CharSequence cs) {
        final int strLen = length(cs);
        if (strLen == 0) {
            return true;
        }
        for (int i = 0; i < strLen; i++) {
            if (!Character.isWhitespace(cs.charAt(i))) {
                return false;
            }
        }
        return true;
    }
    static boolean isWhitespace(final CharSequence cs) {
        if (cs == null) {
            return false;
        }
        final int sz = cs.length();
        for (int i = 0; i < sz; i++) {
            if (!Character.isWhitespace(cs.charAt(i))) {
                return false;
            }
        }
        return true;
    }
    static int length(final CharSequence cs) {
        return cs == null ? 0 : cs.length();
    }
    @kaa.Coroutine
    static <T extends CharSequence> kaa.InProgress<T> co_getIfBlank(final T str, final Supplier<T> defaultSupplier) {
        yield_(); return done(isBlank(str) ? Suppliers.get(defaultSupplier) : str);
    }
}
