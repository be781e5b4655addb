// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/base/Strings.java:Strings.repeat#7 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Strings_repeat_7.java
//
// ERROR Kc5606_Coroutines.java:190: ';' expected
// 
// generated source:
// package com.google.common.base;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc5606}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc5606_Coroutines extends Kc5606 {
//     Kc5606_Coroutines() {
//         super();
//     }
// 
//     static InProgress<String> co_repeat(String string, int count) {
//         return new Co_repeatMachine(string, count).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc5606#co_repeat(java.lang.String, int)}.
//      */
//     private static final class Co_repeatMachine extends CoroutineMachine<String> {
//         private String string;
// 
//         private int count;
// 
//         private int len;
// 
//         private long longSize;
// 
//         private int size;
// 
//         private char[] array;
// 
//         private int n;
// 
//         Co_repeatMachine(String string, int count) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.string = string;
//             this.count = count;
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
//                     case 1: { // Kc5606.java:12  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(string);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc5606.java:14  yield_()
//                         resumedFromSlice();
//                         if (!(count <= 1)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             array = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc5606.java:15  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkArgument(count >= 0, "invalid count: %s", count);
//                         if (yieldSlice(4)) {
//                             array = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc5606.java:16  yield_()
//                         resumedFromSlice();
//                         returnWith((count == 0) ? "" : string);
//                         return;
//                     }
//                     case 5: { // after if
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc5606.java:20  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(string.length()), 7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc5606.java:20  yield_(kaa.InProgress.finished(string.length()))
//                         len = this.<Integer>awaitedValue();
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc5606.java:21  yield_()
//                         resumedFromSlice();
//                         longSize = (long) len * (long) count;
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc5606.java:22  yield_()
//                         resumedFromSlice();
//                         size = (int) longSize;
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc5606.java:23  yield_()
//                         resumedFromSlice();
//                         if (!(size != longSize)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             string = null;
//                             array = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc5606.java:24  yield_()
//                         resumedFromSlice();
//                         throw new ArrayIndexOutOfBoundsException("Required array size too large: " + longSize);
//                     }
//                     case 12: { // after if
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc5606.java:27  yield_()
//                         resumedFromSlice();
//                         array = new char[size];
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc5606.java:28  yield_()
//                         resumedFromSlice();
//                         string.getChars(0, len, array, 0);
//                         if (yieldSlice(15)) {
//                             string = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc5606.java:29  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(16)) {
//                             string = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc5606.java:30  yield_()
//                         resumedFromSlice();
//                         n = len
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // for n < size - n
//                         if (!(n < size - n)) {
//                             label = 20;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(18)) {
//                             string = null;
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc5606.java:31  yield_()
//                         resumedFromSlice();
//                         System.arraycopy(array, 0, array, n, n);
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // for update
//                         n <<= 1;
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 20: { // after for
//                         if (yieldSlice(21)) {
//                             string = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc5606.java:33  yield_()
//                         resumedFromSlice();
//                         System.arraycopy(array, 0, array, n, size - n);
//                         if (yieldSlice(22)) {
//                             string = null;
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc5606.java:34  yield_()
//                         resumedFromSlice();
//                         returnWith(new String(array));
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
//             string = null;
//             array = null;
//         }
//     }
// }
// 

package com.google.common.base;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import com.google.errorprone.annotations.InlineMe;
import com.google.errorprone.annotations.InlineMeValidationDisabled;
import static kaa.Async.*;
import com.google.common.base.Strings.*;
import static com.google.common.base.Strings.*;
abstract class Kc5606 {
    @kaa.Coroutine
    static kaa.InProgress<String> co_repeat(String string, int count) {
    yield_(); checkNotNull(string); // eager for GWT.

    yield_(); if (count <= 1) {
      yield_(); checkArgument(count >= 0, "invalid count: %s", count);
      yield_(); return done((count == 0) ? "" : string);
    }

    // IF YOU MODIFY THE CODE HERE, you must update StringsRepeatBenchmark
    yield_(); final int len = yield_(kaa.InProgress.finished(string.length()));
    yield_(); final long longSize = (long) len * (long) count;
    yield_(); final int size = (int) longSize;
    yield_(); if (size != longSize) {
      yield_(); throw new ArrayIndexOutOfBoundsException("Required array size too large: " + longSize);
    }

    yield_(); final char[] array = new char[size];
    yield_(); string.getChars(0, len, array, 0);
    yield_(); int n;
    yield_(); for (n = len; n < size - n; n <<= 1) {
      yield_(); System.arraycopy(array, 0, array, n, n);
    }
    yield_(); System.arraycopy(array, 0, array, n, size - n);
    yield_(); return done(new String(array));
  }
}
