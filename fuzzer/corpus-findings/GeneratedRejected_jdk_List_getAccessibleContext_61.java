// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.desktop/java/awt/List.java:List.getAccessibleContext#61 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_List_getAccessibleContext_61.java
//
// ERROR Kc25553_Coroutines.java:50: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.java.awt;
// 
// import java.awt.List;
// import java.util.concurrent.TimeUnit;
// import javax.accessibility.AccessibleContext;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc25553}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc25553_Coroutines extends Kc25553 {
//     Kc25553_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<AccessibleContext> co_getAccessibleContext() {
//         return new Co_getAccessibleContextMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc25553#co_getAccessibleContext()}.
//      */
//     private static final class Co_getAccessibleContextMachine extends CoroutineMachine<AccessibleContext> {
//         private final Kc25553_Coroutines self;
// 
//         Co_getAccessibleContextMachine(Kc25553_Coroutines self) {
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
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc25553.java:10  yield_()
//                         resumedFromSlice();
//                         if (self.accessibleContext == null) {
//                             self.accessibleContext = new List.AccessibleAWTList();
//                         }
//                         returnWith(self.accessibleContext);
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

package kc.java.awt;
import javax.accessibility.AccessibleContext;
import static kaa.Async.*;
import java.awt.*;
import java.awt.List.*;
import static java.awt.List.*;
abstract class Kc25553 extends java.awt.List {
    @kaa.Coroutine
    kaa.InProgress<AccessibleContext> co_getAccessibleContext() {
        yield_(); if (accessibleContext == null) {
            accessibleContext = new AccessibleAWTList();
        }
        return done(accessibleContext);
    }
}
