// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.management/javax/management/remote/JMXConnectorFactory.java:JMXConnectorFactory.wrap#9 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JMXConnectorFactory_wrap_9.java
//
// ERROR Kc11436_Coroutines.java:46: : expected
// ERROR Kc11436_Coroutines.java:46: ')' expected
// ERROR Kc11436_Coroutines.java:46: illegal start of expression
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:46: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:47: case, default, or '}' expected
// ERROR Kc11436_Coroutines.java:49: illegal start of expression
// ERROR Kc11436_Coroutines.java:52: illegal start of type
// ERROR Kc11436_Coroutines.java:53: invalid method declaration; return type required
// ERROR Kc11436_Coroutines.java:53: illegal start of type
// ERROR Kc11436_Coroutines.java:56: class, interface, enum, or record expected
// ERROR Kc11436_Coroutines.java:59: class, interface, enum, or record expected
// ERROR Kc11436_Coroutines.java:61: class, interface, enum, or record expected
// ERROR Kc11436_Coroutines.java:18: reference to Co_wrapMachine is ambiguous
//   both constructor Co_wrapMachine(java.lang.ClassLoader) in kc.javax.management.remote.Kc11436_Coroutines.Co_wrapMachine and constructor Co_wrapMachine(<any>) in kc.javax.management.remote.Kc11436_Coroutines.Co_wrapMachine match
// ERROR Kc11436_Coroutines.java:46: java.lang.ClassLoader is abstract; cannot be instantiated
// ERROR Kc11436_Coroutines.java:46: cannot find symbol
//   symbol:   variable parent_
//   location: class kc.javax.management.remote.Kc11436_Coroutines.Co_wrapMachine
// 
// generated source:
// package kc.javax.management.remote;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc11436}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc11436_Coroutines extends Kc11436 {
//     Kc11436_Coroutines() {
//         super();
//     }
// 
//     static InProgress<ClassLoader> co_wrap(ClassLoader parent) {
//         return new Co_wrapMachine(parent).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc11436#co_wrap(java.lang.ClassLoader)}.
//      */
//     private static final class Co_wrapMachine extends CoroutineMachine<ClassLoader> {
//         private ClassLoader parent;
// 
//         Co_wrapMachine(ClassLoader parent) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.parent = parent;
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
//                     case 1: { // Kc11436.java:9  yield_()
//                         resumedFromSlice();
//                         returnWith(parent != null ? new ClassLoader(parent) parent_                                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException
//                                                         { return super.loadClass(name, resolve); }
//                                                 }
//                                               : null);
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
//             parent = null;
//         }
//     }
// }
// 

package kc.javax.management.remote;
import static kaa.Async.*;
import javax.management.remote.*;
import javax.management.remote.JMXConnectorFactory.*;
import static javax.management.remote.JMXConnectorFactory.*;
abstract class Kc11436 {
    @kaa.Coroutine
    static kaa.InProgress<ClassLoader> co_wrap(final ClassLoader parent) {
        yield_(); return done(parent != null ? new ClassLoader(parent) {
                                    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException
                                        { return super.loadClass(name, resolve); }
                                }
                              : null);
    }
}
