// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.desktop/java/awt/Label.java:Label.getAccessibleContext#13 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Label_getAccessibleContext_13.java
//
// ERROR Kc27113_Coroutines.java:61: non-static variable this cannot be referenced from a static context
// 
// generated source:
// package kc.java.awt;
// 
// import java.awt.Label;
// import java.util.concurrent.TimeUnit;
// import javax.accessibility.AccessibleContext;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc27113}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc27113_Coroutines extends Kc27113 {
//     Kc27113_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<AccessibleContext> co_getAccessibleContext() {
//         return new Co_getAccessibleContextMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc27113#co_getAccessibleContext()}.
//      */
//     private static final class Co_getAccessibleContextMachine extends CoroutineMachine<AccessibleContext> {
//         private final Kc27113_Coroutines self;
// 
//         Co_getAccessibleContextMachine(Kc27113_Coroutines self) {
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
//                     case 1: { // Kc27113.java:10  yield_()
//                         resumedFromSlice();
//                         if (!(self.accessibleContext == null)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc27113.java:11  yield_()
//                         resumedFromSlice();
//                         self.accessibleContext = new Label.AccessibleAWTLabel();
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // after if
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc27113.java:13  yield_()
//                         resumedFromSlice();
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
import java.awt.Label.*;
import static java.awt.Label.*;
abstract class Kc27113 extends java.awt.Label {
    @kaa.Coroutine
    kaa.InProgress<AccessibleContext> co_getAccessibleContext() {
        yield_(); if (accessibleContext == null) {
            yield_(); accessibleContext = new AccessibleAWTLabel();
        }
        yield_(); return done(accessibleContext);
    }
}
