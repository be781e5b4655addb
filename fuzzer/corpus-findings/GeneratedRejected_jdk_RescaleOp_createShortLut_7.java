// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.desktop/java/awt/image/RescaleOp.java:RescaleOp.createShortLut#7 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_RescaleOp_createShortLut_7.java
//
// ERROR Kc24717_Coroutines.java:72: ';' expected
// 
// generated source:
// package kc.java.awt.image;
// 
// import java.awt.image.ShortLookupTable;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc24717}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc24717_Coroutines extends Kc24717 {
//     Kc24717_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<ShortLookupTable> co_createShortLut(float[] scale, float[] off, int nBands,
//             int nElems) {
//         return new Co_createShortLutMachine(this, scale, off, nBands, nElems).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc24717#co_createShortLut(float[], float[], int, int)}.
//      */
//     private static final class Co_createShortLutMachine extends CoroutineMachine<ShortLookupTable> {
//         private final Kc24717_Coroutines self;
// 
//         private float[] scale;
// 
//         private float[] off;
// 
//         private int nBands;
// 
//         private int nElems;
// 
//         private short[][] lutData;
// 
//         private int band;
// 
//         private float bandScale;
// 
//         private float bandOff;
// 
//         private short[] bandLutData;
// 
//         private int i;
// 
//         private int val;
// 
//         private int maxToCopy;
// 
//         Co_createShortLutMachine(Kc24717_Coroutines self, float[] scale, float[] off, int nBands,
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
//                         lutData = new short[nBands][nElems];
//                         band = 0;
//                         band=0
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // for band<scale.length
//                         if (!(band<scale.length)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         bandScale = scale[band];
//                         bandOff = off[band];
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc24717.java:20  yield_()
//                         resumedFromSlice();
//                         bandLutData = lutData[band];
//                         i = 0;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for i<nElems
//                         if (!(i<nElems)) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         val = (int)(i*bandScale + bandOff);
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc24717.java:23  yield_()
//                         resumedFromSlice();
//                         if (!((val & 0xffff0000) != 0)) {
//                             label = 8;
//                             continue dispatch;
//                         }
//                         if (!(val < 0)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         val = 0;
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 5: { // else
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc24717.java:27  yield_()
//                         resumedFromSlice();
//                         val = 65535;
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // after if
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // after if
//                         bandLutData[i] = (short)val;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for update
//                         i++;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 10: { // after for
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // for update
//                         band++;
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 12: { // after for
//                         maxToCopy = (nBands == 4 && scale.length == 4) ? 4 : 3;
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // while (band < lutData.length && band < maxToCopy)
//                         if (!(band < lutData.length && band < maxToCopy)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         System.arraycopy(lutData[band-1], 0, lutData[band], 0, nElems);
//                         if (yieldSlice(14)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc24717.java:36  yield_()
//                         resumedFromSlice();
//                         band++;
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 15: { // after while
//                         if (yieldSlice(16)) {
//                             scale = null;
//                             off = null;
//                             bandLutData = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc24717.java:38  yield_()
//                         resumedFromSlice();
//                         if (nBands == 4 && band < nBands) {
//                            short[] bandLutData_ = lutData[band];
//                            for (int i_=0; i_<nElems; i_++) {
//                               bandLutData_[i_] = (short)i_;
//                            }
//                         }
//                         returnWith(new ShortLookupTable(0, lutData));
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
//         }
//     }
// }
// 

package kc.java.awt.image;
import static kaa.Async.*;
import java.awt.image.*;
import java.awt.image.RescaleOp.*;
import static java.awt.image.RescaleOp.*;
abstract class Kc24717 {
    int length = 0;
    @kaa.Coroutine
    kaa.InProgress<ShortLookupTable> co_createShortLut(float[] scale,
                                            float[] off,
                                            int   nBands,
                                            int   nElems) {

        short[][]        lutData = new short[nBands][nElems];
        int band = 0;

        for (band=0; band<scale.length; band++) {
            float   bandScale   = scale[band];
            float   bandOff     = off[band];
            yield_(); short[] bandLutData = lutData[band];
            for (int i=0; i<nElems; i++) {
                int val = (int)(i*bandScale + bandOff);
                yield_(); if ((val & 0xffff0000) != 0) {
                    if (val < 0) {
                        val = 0;
                    } else {
                        yield_(); val = 65535;
                    }
                }
                bandLutData[i] = (short)val;
            }
        }
        int maxToCopy = (nBands == 4 && scale.length == 4) ? 4 : 3;
        while (band < lutData.length && band < maxToCopy) {
           System.arraycopy(lutData[band-1], 0, lutData[band], 0, nElems);
           yield_(); band++;
        }
        yield_(); if (nBands == 4 && band < nBands) {
           short[] bandLutData = lutData[band];
           for (int i=0; i<nElems; i++) {
              bandLutData[i] = (short)i;
           }
        }

        return done(new ShortLookupTable(0, lutData));
    }
}
