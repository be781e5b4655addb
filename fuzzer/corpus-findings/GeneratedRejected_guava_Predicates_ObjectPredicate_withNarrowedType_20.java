// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/base/Predicates.java:Predicates.ObjectPredicate.withNarrowedType#20 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_Predicates_ObjectPredicate_withNarrowedType_20.java
//
// ERROR Kc5716_Coroutines.java:39: incompatible types: com.google.common.base.Kc5716_Coroutines cannot be converted to com.google.common.base.Predicate<T>
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
//  * The coroutines of {@link Kc5716}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc5716_Coroutines extends Kc5716 {
//     Kc5716_Coroutines() {
//         super();
//     }
// 
//     @Override
//     <T> InProgress<Predicate<T>> co_withNarrowedType() {
//         return new Co_withNarrowedTypeMachine<T>(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc5716#co_withNarrowedType()}.
//      */
//     private static final class Co_withNarrowedTypeMachine<T> extends CoroutineMachine<Predicate<T>> {
//         private final Kc5716_Coroutines self;
// 
//         Co_withNarrowedTypeMachine(Kc5716_Coroutines self) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         returnWith((Predicate<T>) self);
//                         return;
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
//     }
// }
// 

package com.google.common.base;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.base.Predicates.*;
import static com.google.common.base.Predicates.*;
import com.google.common.base.Predicates.ObjectPredicate.*;
import static com.google.common.base.Predicates.ObjectPredicate.*;
abstract class Kc5716 {
    @kaa.Coroutine
    <T extends @Nullable Object> kaa.InProgress<Predicate<T>> co_withNarrowedType() {
      return done((Predicate<T>) this);
    }
}
