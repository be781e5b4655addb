// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.desktop/java/awt/image/LookupOp.java:LookupOp.byteFilter#11 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_LookupOp_byteFilter_11.java
//
// ERROR Kc14967_Coroutines.java:114: ';' expected
// ERROR Kc14967_Coroutines.java:142: ';' expected
// ERROR Kc14967_Coroutines.java:161: ';' expected
// 
// generated source:
// package kc.java.awt.image;
// 
// import java.awt.image.ByteLookupTable;
// import java.awt.image.Raster;
// import java.awt.image.WritableRaster;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc14967}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc14967_Coroutines extends Kc14967 {
//     Kc14967_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_byteFilter(ByteLookupTable lookup, Raster src, WritableRaster dst,
//             int width, int height, int numBands) {
//         return new Co_byteFilterMachine(this, lookup, src, dst, width, height, numBands).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc14967#co_byteFilter(java.awt.image.ByteLookupTable, java.awt.image.Raster, java.awt.image.WritableRaster, int, int, int)}.
//      */
//     private static final class Co_byteFilterMachine extends CoroutineMachine<Void> {
//         private final Kc14967_Coroutines self;
// 
//         private ByteLookupTable lookup;
// 
//         private Raster src;
// 
//         private WritableRaster dst;
// 
//         private int width;
// 
//         private int height;
// 
//         private int numBands;
// 
//         private int[] srcPix;
// 
//         private byte[][] table;
// 
//         private int offset;
// 
//         private int tidx;
// 
//         private int step;
// 
//         private int x;
// 
//         private int y;
// 
//         private int band;
// 
//         private int len;
// 
//         private int index;
// 
//         Co_byteFilterMachine(Kc14967_Coroutines self, ByteLookupTable lookup, Raster src,
//                 WritableRaster dst, int width, int height, int numBands) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.lookup = lookup;
//             this.src = src;
//             this.dst = dst;
//             this.width = width;
//             this.height = height;
//             this.numBands = numBands;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         srcPix = null;
//                         if (await(InProgress.finished(lookup.getTable()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc14967.java:18  yield_(kaa.InProgress.finished(lookup.getTable()))
//                         table = this.<byte[][]>awaitedValue();
//                         if (await(InProgress.finished(lookup.getOffset()), 2)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc14967.java:19  yield_(kaa.InProgress.finished(lookup.getOffset()))
//                         offset = this.<Integer>awaitedValue();
//                         step = 1;
//                         if (table.length == 1) {
//                             step=0;
//                         }
//                         if (yieldSlice(3)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc14967.java:31  yield_()
//                         resumedFromSlice();
//                         len = table[0].length;
//                         y=0
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for y < height
//                         if (!(y < height)) {
//                             label = 18;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc14967.java:35  yield_()
//                         resumedFromSlice();
//                         tidx = 0;
//                         if (yieldSlice(6)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc14967.java:36  yield_()
//                         resumedFromSlice();
//                         band=0
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // for band < numBands
//                         if (!(band < numBands)) {
//                             label = 16;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc14967.java:38  yield_()
//                         resumedFromSlice();
//                         srcPix = src.getSamples(0, y, width, 1, band, srcPix);
//                         x=0
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for x < width
//                         if (!(x < width)) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         index = srcPix[x]-offset;
//                         if (!(index < 0 || index > len)) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             lookup = null;
//                             src = null;
//                             dst = null;
//                             table = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc14967.java:43  yield_()
//                         resumedFromSlice();
//                         throw new
//                             IllegalArgumentException("index ("+index+
//                                                      "(out of range: "+
//                                                      " srcPix["+x+
//                                                      "]="+ srcPix[x]+
//                                                      " offset="+ offset);
//                     }
//                     case 11: { // after if
//                         srcPix[x] = table[tidx][index];
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // for update
//                         x++;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 13: { // after for
//                         if (yieldSlice(14)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc14967.java:54  yield_()
//                         resumedFromSlice();
//                         dst.setSamples(0, y, width, 1, band, srcPix);
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // for update
//                         band++;
//                         tidx+=step;
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 16: { // after for
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // for update
//                         y++;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 18: { // after for
//                         returnWith(null);
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
//             lookup = null;
//             src = null;
//             dst = null;
//             srcPix = null;
//             table = null;
//         }
//     }
// }
// 

package kc.java.awt.image;
import static kaa.Async.*;
import java.awt.image.*;
import java.awt.image.LookupOp.*;
import static java.awt.image.LookupOp.*;
abstract class Kc14967 {
    LookupTable getTable() {
        return ltable;
    }
    LookupTable ltable;
    @kaa.Coroutine
    kaa.InProgress<Void> co_byteFilter(ByteLookupTable lookup, Raster src,
                                  WritableRaster dst,
                                  int width, int height, int numBands) {
        int[] srcPix = null;

        // Find the ref to the table and the offset
        byte[][] table = yield_(kaa.InProgress.finished(lookup.getTable()));
        int offset = yield_(kaa.InProgress.finished(lookup.getOffset()));
        int tidx;
        int step=1;

        // Check if it is one lookup applied to all bands
        if (table.length == 1) {
            step=0;
        }

        int x;
        int y;
        int band;
        yield_(); int len = table[0].length;

        // Loop through the data
        for ( y=0; y < height; y++) {
            yield_(); tidx = 0;
            yield_(); for ( band=0; band < numBands; band++, tidx+=step) {
                // Find data for this band, scanline
                yield_(); srcPix = src.getSamples(0, y, width, 1, band, srcPix);

                for ( x=0; x < width; x++) {
                    int index = srcPix[x]-offset;
                    if (index < 0 || index > len) {
                        yield_(); throw new
                            IllegalArgumentException("index ("+index+
                                                     "(out of range: "+
                                                     " srcPix["+x+
                                                     "]="+ srcPix[x]+
                                                     " offset="+ offset);
                    }
                    // Do the lookup
                    srcPix[x] = table[tidx][index];
                }
                // Put it back
                yield_(); dst.setSamples(0, y, width, 1, band, srcPix);
            }
        }
    return done(); }
}
