// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.desktop/java/awt/image/ColorModel.java:ColorModel.getRGBdefault#3 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ColorModel_getRGBdefault_3.java
//
// ERROR Kc18119_Coroutines.java:59: non-static variable INSTANCE cannot be referenced from a static context
// 
// generated source:
// package kc.java.awt.image;
// 
// import java.awt.image.ColorModel;
// import java.awt.image.DirectColorModel;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc18119}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc18119_Coroutines extends Kc18119 {
//     Kc18119_Coroutines() {
//         super();
//     }
// 
//     static InProgress<ColorModel> co_getRGBdefault() {
//         return new Co_getRGBdefaultMachine().start();
//     }
// 
//     /**
//      * The state machine of {@link Kc18119#co_getRGBdefault()}.
//      */
//     private static final class Co_getRGBdefaultMachine extends CoroutineMachine<ColorModel> {
//         Co_getRGBdefaultMachine() {
//             super(0, TimeUnit.MILLISECONDS);
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             abstract class RGBdefault {
//                 ColorModel INSTANCE = new DirectColorModel(32, 0x00ff0000,  // Red
//                                                                0x0000ff00,  // Green
//                                                                0x000000ff,  // Blue
//                                                                0xff000000);
//             }
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
//                     case 1: { // Kc18119.java:9  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc18119.java:15  yield_()
//                         resumedFromSlice();
//                         returnWith(RGBdefault.INSTANCE);
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

package kc.java.awt.image;
import static kaa.Async.*;
import java.awt.image.*;
import java.awt.image.ColorModel.*;
import static java.awt.image.ColorModel.*;
abstract class Kc18119 {
    @kaa.Coroutine
    static kaa.InProgress<ColorModel> co_getRGBdefault() {
        yield_(); interface RGBdefault {
            ColorModel INSTANCE = new DirectColorModel(32, 0x00ff0000,  // Red
                                                           0x0000ff00,  // Green
                                                           0x000000ff,  // Blue
                                                           0xff000000); // Alpha
        }
        yield_(); return done(RGBdefault.INSTANCE);
    }
}
