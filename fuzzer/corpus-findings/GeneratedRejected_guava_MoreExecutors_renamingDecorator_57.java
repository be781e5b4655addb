// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/util/concurrent/MoreExecutors.java:MoreExecutors.renamingDecorator#57 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_MoreExecutors_renamingDecorator_57.java
//
// ERROR Kc4726_Coroutines.java:74: ')' expected
// ERROR Kc4726_Coroutines.java:74: illegal start of expression
// ERROR Kc4726_Coroutines.java:74: ';' expected
// ERROR Kc4726_Coroutines.java:75: illegal start of expression
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:75: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:76: case, default, or '}' expected
// ERROR Kc4726_Coroutines.java:80: ';' expected
// ERROR Kc4726_Coroutines.java:80: ';' expected
// ERROR Kc4726_Coroutines.java:83: illegal start of expression
// ERROR Kc4726_Coroutines.java:86: illegal start of type
// ERROR Kc4726_Coroutines.java:87: invalid method declaration; return type required
// ERROR Kc4726_Coroutines.java:87: illegal start of type
// ERROR Kc4726_Coroutines.java:90: class, interface, enum, or record expected
// ERROR Kc4726_Coroutines.java:93: class, interface, enum, or record expected
// ERROR Kc4726_Coroutines.java:95: class, interface, enum, or record expected
// ERROR Kc4726_Coroutines.java:96: class, interface, enum, or record expected
// ERROR Kc4726_Coroutines.java:74: com.google.common.util.concurrent.WrappingExecutorService is abstract; cannot be instantiated
// ERROR Kc4726_Coroutines.java:80: modifier protected not allowed here
// ERROR Kc4726_Coroutines.java:79: annotation type not applicable to this kind of declaration
// ERROR Kc4726_Coroutines.java:81: incompatible types: unexpected return value
// ERROR Kc4726_Coroutines.java:81: cannot find symbol
//   symbol:   variable nameSupplierCaptured
//   location: class com.google.common.util.concurrent.Kc4726_Coroutines.Co_renamingDecoratorMachine
// ERROR Kc4726_Coroutines.java:81: variable command might not have been initialized
// 
// generated source:
// package com.google.common.util.concurrent;
// 
// import com.google.common.base.Preconditions;
// import com.google.common.base.Supplier;
// import java.util.concurrent.Callable;
// import java.util.concurrent.ExecutorService;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.checkerframework.checker.nullness.qual.Nullable;
// 
// /**
//  * The coroutines of {@link Kc4726}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc4726_Coroutines extends Kc4726 {
//     Kc4726_Coroutines() {
//         super();
//     }
// 
//     static InProgress<ExecutorService> co_renamingDecorator(ExecutorService service,
//             Supplier<String> nameSupplier) {
//         return new Co_renamingDecoratorMachine(service, nameSupplier).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc4726#co_renamingDecorator(java.util.concurrent.ExecutorService, com.google.common.base.Supplier)}.
//      */
//     private static final class Co_renamingDecoratorMachine extends CoroutineMachine<ExecutorService> {
//         private ExecutorService service;
// 
//         private Supplier<String> nameSupplier;
// 
//         Co_renamingDecoratorMachine(ExecutorService service, Supplier<String> nameSupplier) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.service = service;
//             this.nameSupplier = nameSupplier;
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
//                     case 1: { // Kc4726.java:15  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(service);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc4726.java:16  yield_()
//                         resumedFromSlice();
//                         Preconditions.checkNotNull(nameSupplier);
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc4726.java:17  yield_()
//                         resumedFromSlice();
//                         final Supplier<String> nameSupplierCaptured = nameSupplier;
//                         returnWith(new WrappingExecutorService(service) delegate@Override
//                           protected <T extends @Nullable Object> Callable<T> wrapTask(Callable<T> callable) {
//                             return Callables.threadRenaming(callable, nameSupplierCaptured);
//                           }
// 
//                           @Override
//                           protected Runnable wrapTask(Runnable command) {
//                             return Callables.threadRenaming(command, nameSupplierCaptured);
//                           }
//                         });
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
//             service = null;
//             nameSupplier = null;
//         }
//     }
// }
// 

package com.google.common.util.concurrent;
import static com.google.common.base.Preconditions.checkNotNull;
import com.google.common.annotations.GwtIncompatible;
import com.google.common.annotations.J2ktIncompatible;
import com.google.common.base.Supplier;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.util.concurrent.MoreExecutors.*;
import static com.google.common.util.concurrent.MoreExecutors.*;
abstract class Kc4726 {
    @kaa.Coroutine
    static kaa.InProgress<ExecutorService> co_renamingDecorator(final ExecutorService service, final Supplier<String> nameSupplier) {
    yield_(); checkNotNull(service);
    yield_(); checkNotNull(nameSupplier);
    yield_(); return done(new WrappingExecutorService(service) {
      @Override
      protected <T extends @Nullable Object> Callable<T> wrapTask(Callable<T> callable) {
        return Callables.threadRenaming(callable, nameSupplier);
      }

      @Override
      protected Runnable wrapTask(Runnable command) {
        return Callables.threadRenaming(command, nameSupplier);
      }
    });
  }
}
