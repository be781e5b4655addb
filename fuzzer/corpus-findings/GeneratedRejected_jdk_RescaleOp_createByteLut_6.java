// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.desktop/java/awt/image/RescaleOp.java:RescaleOp.createByteLut#6 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_RescaleOp_createByteLut_6.java
//
// ERROR Kc24716_Coroutines.java:99: ';' expected
// 
// generated source:
// package kc.java.awt.image;
// 
// import java.awt.image.ByteLookupTable;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc24716}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc24716_Coroutines extends Kc24716 {
//     Kc24716_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<ByteLookupTable> co_createByteLut(float[] scale, float[] off, int nBands,
//             int nElems) {
//         return new Co_createByteLutMachine(this, scale, off, nBands, nElems).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc24716#co_createByteLut(float[], float[], int, int)}.
//      */
//     private static final class Co_createByteLutMachine extends CoroutineMachine<ByteLookupTable> {
//         private final Kc24716_Coroutines self;
// 
//         private float[] scale;
// 
//         private float[] off;
// 
//         private int nBands;
// 
//         private int nElems;
// 
//         private byte[][] lutData;
// 
//         private int band;
// 
//         private float bandScale;
// 
//         private float bandOff;
// 
//         private byte[] bandLutData;
// 
//         private int i;
// 
//         private int val;
// 
//         private int maxToCopy;
// 
//         private byte[] bandLutData_;
// 
//         private int i_;
// 
//         Co_createByteLutMachine(Kc24716_Coroutines self, float[] scale, float[] off, int nBands,
//                 int nElems) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.scale = scale;
//             this.off = off;
//             this.nBands = nBands;
//             this.nElems = nElems;
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
//                     case 1: { // Kc24716.java:14  yield_()
//                         resumedFromSlice();
//                         lutData = new byte[nBands][nElems];
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc24716.java:15  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc24716.java:17  yield_()
//                         resumedFromSlice();
//                         band=0
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for band<scale.length
//                         if (!(band<scale.length)) {
//                             label = 22;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc24716.java:18  yield_()
//                         resumedFromSlice();
//                         bandScale = scale[band];
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc24716.java:19  yield_()
//                         resumedFromSlice();
//                         bandOff = off[band];
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc24716.java:20  yield_()
//                         resumedFromSlice();
//                         bandLutData = lutData[band];
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc24716.java:21  yield_()
//                         resumedFromSlice();
//                         i = 0;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for i<nElems
//                         if (!(i<nElems)) {
//                             label = 20;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc24716.java:22  yield_()
//                         resumedFromSlice();
//                         val = (int)(i*bandScale + bandOff);
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc24716.java:23  yield_()
//                         resumedFromSlice();
//                         if (!((val & 0xffffff00) != 0)) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc24716.java:24  yield_()
//                         resumedFromSlice();
//                         if (!(val < 0)) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc24716.java:25  yield_()
//                         resumedFromSlice();
//                         val = 0;
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 14: { // else
//                         if (yieldSlice(15)) {
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc24716.java:27  yield_()
//                         resumedFromSlice();
//                         val = 255;
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // after if
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // after if
//                         if (yieldSlice(18)) {
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc24716.java:30  yield_()
//                         resumedFromSlice();
//                         bandLutData[i] = (byte)val;
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // for update
//                         i++;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 20: { // after for
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // for update
//                         band++;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 22: { // after for
//                         if (yieldSlice(23)) {
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc24716.java:34  yield_()
//                         resumedFromSlice();
//                         maxToCopy = (nBands == 4 && scale.length == 4) ? 4 : 3;
//                         if (yieldSlice(24)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc24716.java:35  yield_()
//                         resumedFromSlice();
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // while (band < lutData.length && band < maxToCopy)
//                         if (!(band < lutData.length && band < maxToCopy)) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(26)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc24716.java:36  yield_()
//                         resumedFromSlice();
//                         System.arraycopy(lutData[band-1], 0, lutData[band], 0, nElems);
//                         if (yieldSlice(27)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc24716.java:37  yield_()
//                         resumedFromSlice();
//                         band++;
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 28: { // after while
//                         if (yieldSlice(29)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc24716.java:39  yield_()
//                         resumedFromSlice();
//                         if (!(nBands == 4 && band < nBands)) {
//                             label = 36;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(30)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc24716.java:40  yield_()
//                         resumedFromSlice();
//                         bandLutData_ = lutData[band];
//                         if (yieldSlice(31)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // Kc24716.java:41  yield_()
//                         resumedFromSlice();
//                         i_ = 0;
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // for i<nElems
//                         if (!(i_<nElems)) {
//                             label = 35;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(33)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // Kc24716.java:42  yield_()
//                         resumedFromSlice();
//                         bandLutData_[i_] = (byte)i_;
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // for update
//                         i_++;
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 35: { // after for
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // after if
//                         if (yieldSlice(37)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             bandLutData_ = null;
//                             return;
//                         }
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // Kc24716.java:46  yield_()
//                         resumedFromSlice();
//                         returnWith(new ByteLookupTable(0, lutData));
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
//             scale = null;
//             off = null;
//             lutData = null;
//             bandLutData = null;
//             bandLutData_ = null;
//         }
//     }
// }
// 

package kc.java.awt.image;
import static kaa.Async.*;
import java.awt.image.*;
import java.awt.image.RescaleOp.*;
import static java.awt.image.RescaleOp.*;
abstract class Kc24716 {
    int length = 0;
    @kaa.Coroutine
    kaa.InProgress<ByteLookupTable> co_createByteLut(float[] scale,
                                          float[] off,
                                          int   nBands,
                                          int   nElems) {

        yield_(); byte[][]        lutData = new byte[nBands][nElems];
        yield_(); int band;

        yield_(); for (band=0; band<scale.length; band++) {
            yield_(); float  bandScale   = scale[band];
            yield_(); float  bandOff     = off[band];
            yield_(); byte[] bandLutData = lutData[band];
            yield_(); for (int i=0; i<nElems; i++) {
                yield_(); int val = (int)(i*bandScale + bandOff);
                yield_(); if ((val & 0xffffff00) != 0) {
                    yield_(); if (val < 0) {
                        yield_(); val = 0;
                    } else {
                        yield_(); val = 255;
                    }
                }
                yield_(); bandLutData[i] = (byte)val;
            }

        }
        yield_(); int maxToCopy = (nBands == 4 && scale.length == 4) ? 4 : 3;
        yield_(); while (band < lutData.length && band < maxToCopy) {
           yield_(); System.arraycopy(lutData[band-1], 0, lutData[band], 0, nElems);
           yield_(); band++;
        }
        yield_(); if (nBands == 4 && band < nBands) {
           yield_(); byte[] bandLutData = lutData[band];
           yield_(); for (int i=0; i<nElems; i++) {
              yield_(); bandLutData[i] = (byte)i;
           }
        }

        yield_(); return done(new ByteLookupTable(0, lutData));
    }
}
