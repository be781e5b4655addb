// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/util/concurrent/MoreExecutors.java:MoreExecutors.renamingDecorator#58 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_MoreExecutors_renamingDecorator_58.java
//
// ERROR Kc4728_Coroutines.java:59: ')' expected
// ERROR Kc4728_Coroutines.java:59: illegal start of expression
// ERROR Kc4728_Coroutines.java:59: ';' expected
// ERROR Kc4728_Coroutines.java:60: illegal start of expression
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:60: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:61: case, default, or '}' expected
// ERROR Kc4728_Coroutines.java:65: ';' expected
// ERROR Kc4728_Coroutines.java:65: ';' expected
// ERROR Kc4728_Coroutines.java:68: illegal start of expression
// ERROR Kc4728_Coroutines.java:71: illegal start of type
// ERROR Kc4728_Coroutines.java:72: invalid method declaration; return type required
// ERROR Kc4728_Coroutines.java:72: illegal start of type
// ERROR Kc4728_Coroutines.java:75: class, interface, enum, or record expected
// ERROR Kc4728_Coroutines.java:78: class, interface, enum, or record expected
// ERROR Kc4728_Coroutines.java:80: class, interface, enum, or record expected
// ERROR Kc4728_Coroutines.java:81: class, interface, enum, or record expected
// ERROR Kc4728_Coroutines.java:59: com.google.common.util.concurrent.WrappingScheduledExecutorService is abstract; cannot be instantiated
// ERROR Kc4728_Coroutines.java:65: modifier protected not allowed here
// ERROR Kc4728_Coroutines.java:64: annotation type not applicable to this kind of declaration
// ERROR Kc4728_Coroutines.java:66: incompatible types: unexpected return value
// ERROR Kc4728_Coroutines.java:66: cannot find symbol
//   symbol:   variable nameSupplierCaptured
//   location: class com.google.common.util.concurrent.Kc4728_Coroutines.Co_renamingDecoratorMachine
// ERROR Kc4728_Coroutines.java:66: variable command might not have been initialized
// 
// generated source:
// package com.google.common.util.concurrent;
// 
// import com.google.common.base.Preconditions;
// import com.google.common.base.Supplier;
// import java.util.concurrent.Callable;
// import java.util.concurrent.ScheduledExecutorService;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.checkerframework.checker.nullness.qual.Nullable;
// 
// /**
//  * The coroutines of {@link Kc4728}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc4728_Coroutines extends Kc4728 {
//     Kc4728_Coroutines() {
//         super();
//     }
// 
//     static InProgress<ScheduledExecutorService> co_renamingDecorator(
//             ScheduledExecutorService service, Supplier<String> nameSupplier) {
//         return new Co_renamingDecoratorMachine(service, nameSupplier).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc4728#co_renamingDecorator(java.util.concurrent.ScheduledExecutorService, com.google.common.base.Supplier)}.
//      */
//     private static final class Co_renamingDecoratorMachine extends CoroutineMachine<ScheduledExecutorService> {
//         private ScheduledExecutorService service;
// 
//         private Supplier<String> nameSupplier;
// 
//         Co_renamingDecoratorMachine(ScheduledExecutorService service,
//                 Supplier<String> nameSupplier) {
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
//                         Preconditions.checkNotNull(service);
//                         Preconditions.checkNotNull(nameSupplier);
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc4728.java:17  yield_()
//                         resumedFromSlice();
//                         final Supplier<String> nameSupplierCaptured = nameSupplier;
//                         returnWith(new WrappingScheduledExecutorService(service) delegate@Override
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
import java.util.concurrent.ScheduledExecutorService;
import org.checkerframework.checker.nullness.qual.Nullable;
import static kaa.Async.*;
import com.google.common.util.concurrent.MoreExecutors.*;
import static com.google.common.util.concurrent.MoreExecutors.*;
abstract class Kc4728 {
    @kaa.Coroutine
    static kaa.InProgress<ScheduledExecutorService> co_renamingDecorator(final ScheduledExecutorService service, final Supplier<String> nameSupplier) {
    checkNotNull(service);
    checkNotNull(nameSupplier);
    yield_(); return done(new WrappingScheduledExecutorService(service) {
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
