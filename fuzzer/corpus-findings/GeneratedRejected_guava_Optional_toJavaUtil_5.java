// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/base/Optional.java:Optional.toJavaUtil#5 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Optional_toJavaUtil_5.java
//
// ERROR Kc359_Coroutines.java:46: incompatible types: bad type in conditional expression
//     java.util.Optional<T> cannot be converted to java.util.Optional<T>
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
//  * The coroutines of {@link Kc359}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc359_Coroutines extends Kc359 {
//     Kc359_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<java.util.Optional<T>> co_toJavaUtil(Optional<T> googleOptional) {
//         return new Co_toJavaUtilMachine<T>(googleOptional).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc359#co_toJavaUtil(com.google.common.base.Optional)}.
//      */
//     private static final class Co_toJavaUtilMachine<T> extends CoroutineMachine<java.util.Optional<T>> {
//         private Optional<T> googleOptional;
// 
//         Co_toJavaUtilMachine(Optional<T> googleOptional) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.googleOptional = googleOptional;
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
//                     case 1: { // Kc359.java:12  yield_()
//                         resumedFromSlice();
//                         returnWith(googleOptional == null ? null : googleOptional.toJavaUtil());
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
//             googleOptional = null;
//         }
//     }
// }
// 

package com.google.common.base;
import javax.annotation.CheckForNull;
import static kaa.Async.*;
import com.google.common.base.Optional.*;
import static com.google.common.base.Optional.*;
abstract class Kc359 {
    static <T> java.util.Optional<T> toJavaUtil(@CheckForNull Optional<T> googleOptional) {
    return googleOptional == null ? null : googleOptional.toJavaUtil();
  }
    @kaa.Coroutine
    static <T> kaa.InProgress<java.util.Optional<T>> co_toJavaUtil(@CheckForNull Optional<T> googleOptional) {
    yield_(); return done(googleOptional == null ? null : googleOptional.toJavaUtil());
  }
}
