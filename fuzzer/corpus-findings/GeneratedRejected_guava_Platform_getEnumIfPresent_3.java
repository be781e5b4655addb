// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/base/Platform.java:Platform.getEnumIfPresent#3 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Platform_getEnumIfPresent_3.java
//
// ERROR Kc789_Coroutines.java:60: incompatible types: bad type in conditional expression
//     inference variable T has incompatible bounds
//       equality constraints: T
//       lower bounds: T
// 
// generated source:
// package com.google.common.base;
// 
// import java.lang.ref.WeakReference;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc789}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc789_Coroutines extends Kc789 {
//     Kc789_Coroutines() {
//         super();
//     }
// 
//     static <T extends Enum<T>> InProgress<Optional<T>> co_getEnumIfPresent(Class<T> enumClass,
//             String value) {
//         return new Co_getEnumIfPresentMachine<T>(enumClass, value).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc789#co_getEnumIfPresent(java.lang.Class, java.lang.String)}.
//      */
//     private static final class Co_getEnumIfPresentMachine<T extends Enum<T>> extends CoroutineMachine<Optional<T>> {
//         private Class<T> enumClass;
// 
//         private String value;
// 
//         Co_getEnumIfPresentMachine(Class<T> enumClass, String value) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.enumClass = enumClass;
//             this.value = value;
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
//                     case 1: { // Kc789.java:9  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(Enums.getEnumConstants(enumClass).get(value)), 2)) {
//                             value = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc789.java:9  yield_(kaa.InProgress.finished(Enums.getEnumConstants(enumClass).get(value)))
//                         WeakReference<? extends Enum<?>> ref = this.<WeakReference<? extends Enum<?>>>awaitedValue();
//                         returnWith(ref == null ? Optional.<T>absent() : Optional.of(enumClass.cast(ref.get())));
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
//             enumClass = null;
//             value = null;
//         }
//     }
// }
// 

package com.google.common.base;
import java.lang.ref.WeakReference;
import static kaa.Async.*;
import com.google.common.base.Platform.*;
import static com.google.common.base.Platform.*;
abstract class Kc789 {
    @kaa.Coroutine
    static <T extends Enum<T>> kaa.InProgress<Optional<T>> co_getEnumIfPresent(Class<T> enumClass, String value) {
    yield_(); WeakReference<? extends Enum<?>> ref = yield_(kaa.InProgress.finished(Enums.getEnumConstants(enumClass).get(value)));
    return done(ref == null ? Optional.<T>absent() : Optional.of(enumClass.cast(ref.get())));
  }
}
