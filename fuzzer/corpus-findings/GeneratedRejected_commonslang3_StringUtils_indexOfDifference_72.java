// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/StringUtils.java:StringUtils.indexOfDifference#72 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_StringUtils_indexOfDifference_72.java
//
// ERROR Kc1520_Coroutines.java:73: ';' expected
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
//  * The coroutines of {@link Kc1520}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc1520_Coroutines extends Kc1520 {
//     Kc1520_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Integer> co_indexOfDifference(CharSequence cs1, CharSequence cs2) {
//         return new Co_indexOfDifferenceMachine(cs1, cs2).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc1520#co_indexOfDifference(java.lang.CharSequence, java.lang.CharSequence)}.
//      */
//     private static final class Co_indexOfDifferenceMachine extends CoroutineMachine<Integer> {
//         private CharSequence cs1;
// 
//         private CharSequence cs2;
// 
//         private int i;
// 
//         private Integer result;
// 
//         Co_indexOfDifferenceMachine(CharSequence cs1, CharSequence cs2) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.cs1 = cs1;
//             this.cs2 = cs2;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (cs1 == cs2) {
//                             result = (int) (Kc1520.INDEX_NOT_FOUND);
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (cs1 == null || cs2 == null) {
//                             result = (int) (0);
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(1)) {
//                             result = null;
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc1520.java:18  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             result = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc1520.java:19  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for i < cs1.length() && i < cs2.length()
//                         if (!(i < cs1.length() && i < cs2.length())) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             result = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc1520.java:20  yield_()
//                         resumedFromSlice();
//                         if (cs1.charAt(i) != cs2.charAt(i)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for update
//                         ++i;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 6: { // after for
//                         if (yieldSlice(7)) {
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc1520.java:24  yield_()
//                         resumedFromSlice();
//                         if (!(i < cs2.length() || i < cs1.length())) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             cs1 = null;
//                             cs2 = null;
//                             result = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc1520.java:25  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (i));
//                         return;
//                     }
//                     case 9: { // after if
//                         returnWith((int) (Kc1520.INDEX_NOT_FOUND));
//                         return;
//                     }
//                     case 10: { // return done(...)
//                         returnWith(result);
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
//             cs1 = null;
//             cs2 = null;
//             result = null;
//         }
//     }
// }
// 

package org.apache.commons.lang3;
import static kaa.Async.*;
import org.apache.commons.lang3.StringUtils.*;
import static org.apache.commons.lang3.StringUtils.*;
abstract class Kc1520 {
    static final int INDEX_NOT_FOUND = -1;
    static int length(final CharSequence cs) {
        return cs == null ? 0 : cs.length();
    }
    @kaa.Coroutine
    static kaa.InProgress<Integer> co_indexOfDifference(final CharSequence cs1, final CharSequence cs2) {
        if (cs1 == cs2) {
            return done((int) (INDEX_NOT_FOUND));
        }
        if (cs1 == null || cs2 == null) {
            return done((int) (0));
        }
        yield_(); int i;
        yield_(); for (i = 0; i < cs1.length() && i < cs2.length(); ++i) {
            yield_(); if (cs1.charAt(i) != cs2.charAt(i)) {
                break;
            }
        }
        yield_(); if (i < cs2.length() || i < cs1.length()) {
            yield_(); return done((int) (i));
        }
        return done((int) (INDEX_NOT_FOUND));
    }
}
