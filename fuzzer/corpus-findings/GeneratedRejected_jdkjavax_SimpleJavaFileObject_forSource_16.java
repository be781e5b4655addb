// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.compiler/javax/tools/SimpleJavaFileObject.java:SimpleJavaFileObject.forSource#16 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_SimpleJavaFileObject_forSource_16.java
//
// ERROR Kc9209_Coroutines.java:53: ')' expected
// ERROR Kc9209_Coroutines.java:53: illegal start of expression
// ERROR Kc9209_Coroutines.java:53: ';' expected
// ERROR Kc9209_Coroutines.java:54: illegal start of expression
// ERROR Kc9209_Coroutines.java:54: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:54: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:54: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:54: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:54: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:54: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:54: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:55: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:55: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:55: case, default, or '}' expected
// ERROR Kc9209_Coroutines.java:57: illegal start of expression
// ERROR Kc9209_Coroutines.java:60: illegal start of type
// ERROR Kc9209_Coroutines.java:61: invalid method declaration; return type required
// ERROR Kc9209_Coroutines.java:61: illegal start of type
// ERROR Kc9209_Coroutines.java:64: class, interface, enum, or record expected
// ERROR Kc9209_Coroutines.java:67: class, interface, enum, or record expected
// ERROR Kc9209_Coroutines.java:69: class, interface, enum, or record expected
// ERROR Kc9209_Coroutines.java:70: class, interface, enum, or record expected
// ERROR Kc9209_Coroutines.java:53: SimpleJavaFileObject(java.net.URI,javax.tools.JavaFileObject.Kind) has protected access in javax.tools.SimpleJavaFileObject
// 
// generated source:
// package kc.javax.tools;
// 
// import java.net.URI;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.tools.JavaFileObject;
// import javax.tools.SimpleJavaFileObject;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc9209}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc9209_Coroutines extends Kc9209 {
//     Kc9209_Coroutines() {
//         super();
//     }
// 
//     static InProgress<JavaFileObject> co_forSource(URI uri, String content) {
//         return new Co_forSourceMachine(uri, content).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc9209#co_forSource(java.net.URI, java.lang.String)}.
//      */
//     private static final class Co_forSourceMachine extends CoroutineMachine<JavaFileObject> {
//         private URI uri;
// 
//         private String content;
// 
//         Co_forSourceMachine(URI uri, String content) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.uri = uri;
//             this.content = content;
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
//                     case 1: { // Kc9209.java:11  yield_()
//                         resumedFromSlice();
//                         final String contentCaptured = content;
//                         returnWith(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) uri_           @Override
//                             public CharSequence getCharContent(boolean ignoreEncodingErrors) {
//                                 return contentCaptured;
//                             }
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
//             uri = null;
//             content = null;
//         }
//     }
// }
// 

package kc.javax.tools;
import java.io.*;
import java.net.URI;
import static kaa.Async.*;
import javax.tools.*;
import javax.tools.SimpleJavaFileObject.*;
import static javax.tools.SimpleJavaFileObject.*;
abstract class Kc9209 {
    @kaa.Coroutine
    static kaa.InProgress<JavaFileObject> co_forSource(URI uri, String content) {
        yield_(); return done(new SimpleJavaFileObject(uri, Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return content;
            }
        });
    }
}
