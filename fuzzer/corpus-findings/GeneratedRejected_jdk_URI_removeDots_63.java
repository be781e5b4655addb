// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/net/URI.java:URI.removeDots#63 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_URI_removeDots_63.java
//
// ERROR Kc28343_Coroutines.java:206: ';' expected
// 
// generated source:
// package kc.java.net;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc28343}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc28343_Coroutines extends Kc28343 {
//     Kc28343_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Void> co_removeDots(char[] path, int[] segs) {
//         return new Co_removeDotsMachine(path, segs).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc28343#co_removeDots(char[], int[])}.
//      */
//     private static final class Co_removeDotsMachine extends CoroutineMachine<Void> {
//         private char[] path;
// 
//         private int[] segs;
// 
//         private int ns;
// 
//         private int end;
// 
//         private int i;
// 
//         private int dots;
// 
//         private int p;
// 
//         private int j;
// 
//         Co_removeDotsMachine(char[] path, int[] segs) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.path = path;
//             this.segs = segs;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         ns = segs.length;
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc28343.java:10  yield_()
//                         resumedFromSlice();
//                         end = path.length - 1;
//                         i = 0;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // for i < ns
//                         if (!(i < ns)) {
//                             label = 31;
//                             continue dispatch;
//                         }
//                         dots = 0;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // do
//                         p = segs[i];
//                         if (!(path[p] == '.')) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (!(p == end)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc28343.java:20  yield_()
//                         resumedFromSlice();
//                         dots = 1;
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 5: { // else
//                         if (!(path[p + 1] == '\0')) {
//                             label = 7;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc28343.java:23  yield_()
//                         resumedFromSlice();
//                         dots = 1;
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 7: { // else
//                         if (!((path[p + 1] == '.')
//                                    && ((p + 1 == end)
//                                        || (path[p + 2] == '\0')))) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc28343.java:28  yield_()
//                         resumedFromSlice();
//                         dots = 2;
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc28343.java:29  yield_()
//                         resumedFromSlice();
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 10: { // after if
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // after if
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // after if
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // after if
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc28343.java:32  yield_()
//                         resumedFromSlice();
//                         i++;
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // while (i < ns)
//                         if (i < ns) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // after do-while
//                         if ((i > ns) || (dots == 0))
//                             {
//                                 label = 31;
//                                 continue dispatch;
//                             }
//                         if (!(dots == 1)) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         segs[i] = -1;
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 17: { // else
//                         if (yieldSlice(18)) {
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc28343.java:44  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(19)) {
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc28343.java:45  yield_()
//                         resumedFromSlice();
//                         j = i - 1
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // for j >= 0
//                         if (!(j >= 0)) {
//                             label = 23;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(21)) {
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc28343.java:46  yield_()
//                         resumedFromSlice();
//                         if (segs[j] != -1) {
//                             label = 23;
//                             continue dispatch;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // for update
//                         j--;
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 23: { // after for
//                         if (yieldSlice(24)) {
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc28343.java:48  yield_()
//                         resumedFromSlice();
//                         if (!(j >= 0)) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         int q = segs[j];
//                         if (!(!((path[q] == '.')
//                               && (path[q + 1] == '.')
//                               && (path[q + 2] == '\0')))) {
//                             label = 27;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(25)) {
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc28343.java:53  yield_()
//                         resumedFromSlice();
//                         segs[i] = -1;
//                         if (yieldSlice(26)) {
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc28343.java:54  yield_()
//                         resumedFromSlice();
//                         segs[j] = -1;
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // after if
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // after if
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // after if
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // for update
//                         i++;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 31: { // after for
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
//             path = null;
//             segs = null;
//         }
//     }
// }
// 

package kc.java.net;
import static kaa.Async.*;
import java.net.*;
import java.net.URI.*;
import static java.net.URI.*;
abstract class Kc28343 {
    @kaa.Coroutine
    static kaa.InProgress<Void> co_removeDots(char[] path, int[] segs) {
        int ns = segs.length;
        yield_(); int end = path.length - 1;

        for (int i = 0; i < ns; i++) {
            int dots = 0;               // Number of dots found (0, 1, or 2)

            // Find next occurrence of "." or ".."
            do {
                int p = segs[i];
                if (path[p] == '.') {
                    if (p == end) {
                        yield_(); dots = 1;
                        break;
                    } else if (path[p + 1] == '\0') {
                        yield_(); dots = 1;
                        break;
                    } else if ((path[p + 1] == '.')
                               && ((p + 1 == end)
                                   || (path[p + 2] == '\0'))) {
                        yield_(); dots = 2;
                        yield_(); break;
                    }
                }
                yield_(); i++;
            } while (i < ns);
            if ((i > ns) || (dots == 0))
                break;

            if (dots == 1) {
                // Remove this occurrence of "."
                segs[i] = -1;
            } else {
                // If there is a preceding non-".." segment, remove both that
                // segment and this occurrence of ".."; otherwise, leave this
                // ".." segment as-is.
                yield_(); int j;
                yield_(); for (j = i - 1; j >= 0; j--) {
                    yield_(); if (segs[j] != -1) break;
                }
                yield_(); if (j >= 0) {
                    int q = segs[j];
                    if (!((path[q] == '.')
                          && (path[q + 1] == '.')
                          && (path[q + 2] == '\0'))) {
                        yield_(); segs[i] = -1;
                        yield_(); segs[j] = -1;
                    }
                }
            }
        }
    return done(); }
}
