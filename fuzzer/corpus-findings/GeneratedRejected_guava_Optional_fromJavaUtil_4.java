// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/base/Optional.java:Optional.fromJavaUtil#4 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Optional_fromJavaUtil_4.java
//
// ERROR Kc358_Coroutines.java:46: incompatible types: bad type in conditional expression
//     inference variable T has incompatible bounds
//       equality constraints: T
//       lower bounds: T
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
//  * The coroutines of {@link Kc358}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc358_Coroutines extends Kc358 {
//     Kc358_Coroutines() {
//         super();
//     }
// 
//     static <T> InProgress<Optional<T>> co_fromJavaUtil(java.util.Optional<T> javaUtilOptional) {
//         return new Co_fromJavaUtilMachine<T>(javaUtilOptional).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc358#co_fromJavaUtil(java.util.Optional)}.
//      */
//     private static final class Co_fromJavaUtilMachine<T> extends CoroutineMachine<Optional<T>> {
//         private java.util.Optional<T> javaUtilOptional;
// 
//         Co_fromJavaUtilMachine(java.util.Optional<T> javaUtilOptional) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.javaUtilOptional = javaUtilOptional;
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
//                     case 1: { // Kc358.java:15  yield_()
//                         resumedFromSlice();
//                         returnWith((javaUtilOptional == null) ? null : Kc358.fromNullable(javaUtilOptional.orElse(null)));
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
//             javaUtilOptional = null;
//         }
//     }
// }
// 

package com.google.common.base;
import javax.annotation.CheckForNull;
import static kaa.Async.*;
import com.google.common.base.Optional.*;
import static com.google.common.base.Optional.*;
abstract class Kc358 {
    static <T> Optional<T> fromNullable(@CheckForNull T nullableReference) {
    return (nullableReference == null) ? Optional.<T>absent() : new Present<T>(nullableReference);
  }
    static <T> Optional<T> absent() {
    return Absent.withType();
  }
    @kaa.Coroutine
    static <T> kaa.InProgress<Optional<T>> co_fromJavaUtil(@CheckForNull java.util.Optional<T> javaUtilOptional) {
    yield_(); return done((javaUtilOptional == null) ? null : fromNullable(javaUtilOptional.orElse(null)));
  }
}
