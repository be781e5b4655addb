// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/collect/FluentIterable.java:FluentIterable.from#4 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_FluentIterable_from_4.java
//
// ERROR Kc8177_Coroutines.java:42: ')' expected
// ERROR Kc8177_Coroutines.java:42: illegal start of expression
// ERROR Kc8177_Coroutines.java:42: ';' expected
// ERROR Kc8177_Coroutines.java:43: illegal start of expression
// ERROR Kc8177_Coroutines.java:43: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:43: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:43: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:43: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:43: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:43: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:43: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:43: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:44: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:44: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:44: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:44: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:44: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:44: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:44: case, default, or '}' expected
// ERROR Kc8177_Coroutines.java:46: illegal start of expression
// ERROR Kc8177_Coroutines.java:49: illegal start of type
// ERROR Kc8177_Coroutines.java:50: invalid method declaration; return type required
// ERROR Kc8177_Coroutines.java:50: illegal start of type
// ERROR Kc8177_Coroutines.java:53: class, interface, enum, or record expected
// ERROR Kc8177_Coroutines.java:56: class, interface, enum, or record expected
// ERROR Kc8177_Coroutines.java:58: class, interface, enum, or record expected
// ERROR Kc8177_Coroutines.java:19: reference to Co_fromMachine is ambiguous
//   both constructor Co_fromMachine(java.lang.Iterable<E>) in com.google.common.collect.Kc8177_Coroutines.Co_fromMachine and constructor Co_fromMachine(<any>) in com.google.common.collect.Kc8177_Coroutines.Co_fromMachine match
// ERROR Kc8177_Coroutines.java:42: com.google.common.collect.FluentIterable is abstract; cannot be instantiated
// 
// generated source:
// package com.google.common.collect;
// 
// import java.util.Iterator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc8177}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc8177_Coroutines extends Kc8177 {
//     Kc8177_Coroutines() {
//         super();
//     }
// 
//     static <E> InProgress<FluentIterable<E>> co_from(Iterable<E> iterable) {
//         return new Co_fromMachine<E>(iterable).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc8177#co_from(java.lang.Iterable)}.
//      */
//     private static final class Co_fromMachine<E> extends CoroutineMachine<FluentIterable<E>> {
//         private Iterable<E> iterable;
// 
//         Co_fromMachine(Iterable<E> iterable) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.iterable = iterable;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         final Iterable<E> iterableCaptured = iterable;
//                         returnWith((iterable instanceof FluentIterable)
//                             ? (FluentIterable<E>) iterable
//                             : new FluentIterable<E>(iterable) iterable_    @Override
//                               public Iterator<E> iterator() {
//                                 return iterableCaptured.iterator();
//                               }
//                             });
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
//             iterable = null;
//         }
//     }
// }
// 

package com.google.common.collect;
import java.util.Iterator;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.collect.FluentIterable.*;
import static com.google.common.collect.FluentIterable.*;
abstract class Kc8177 {
    @kaa.Coroutine
    static <E extends @Nullable Object> kaa.InProgress<FluentIterable<E>> co_from(final Iterable<E> iterable) {
    return done((iterable instanceof FluentIterable)
        ? (FluentIterable<E>) iterable
        : new FluentIterable<E>(iterable) {
          @Override
          public Iterator<E> iterator() {
            return iterable.iterator();
          }
        });
  }
}
