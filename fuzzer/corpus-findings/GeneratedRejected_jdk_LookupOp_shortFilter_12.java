// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.desktop/java/awt/image/LookupOp.java:LookupOp.shortFilter#12 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_LookupOp_shortFilter_12.java
//
// ERROR Kc14968_Coroutines.java:115: ';' expected
// ERROR Kc14968_Coroutines.java:125: ';' expected
// ERROR Kc14968_Coroutines.java:152: ';' expected
// 
// generated source:
// package kc.java.awt.image;
// 
// import java.awt.image.Raster;
// import java.awt.image.ShortLookupTable;
// import java.awt.image.WritableRaster;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc14968}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc14968_Coroutines extends Kc14968 {
//     Kc14968_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_shortFilter(ShortLookupTable lookup, Raster src, WritableRaster dst,
//             int width, int height, int numBands) {
//         return new Co_shortFilterMachine(this, lookup, src, dst, width, height, numBands).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc14968#co_shortFilter(java.awt.image.ShortLookupTable, java.awt.image.Raster, java.awt.image.WritableRaster, int, int, int)}.
//      */
//     private static final class Co_shortFilterMachine extends CoroutineMachine<Void> {
//         private final Kc14968_Coroutines self;
// 
//         private ShortLookupTable lookup;
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
//         private int band;
// 
//         private int[] srcPix;
// 
//         private short[][] table;
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
//         private int index;
// 
//         private int maxShort;
// 
//         Co_shortFilterMachine(Kc14968_Coroutines self, ShortLookupTable lookup, Raster src,
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
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc14968.java:16  yield_()
//                         resumedFromSlice();
//                         srcPix = null;
//                         if (await(InProgress.finished(lookup.getTable()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc14968.java:19  yield_(kaa.InProgress.finished(lookup.getTable()))
//                         table = this.<short[][]>awaitedValue();
//                         if (await(InProgress.finished(lookup.getOffset()), 3)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc14968.java:20  yield_(kaa.InProgress.finished(lookup.getOffset()))
//                         offset = this.<Integer>awaitedValue();
//                         step = 1;
//                         if (table.length == 1) {
//                             step=0;
//                         }
//                         x = 0;
//                         y = 0;
//                         maxShort = (1<<16)-1;
//                         y=0
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for y < height
//                         if (!(y < height)) {
//                             label = 16;
//                             continue dispatch;
//                         }
//                         tidx = 0;
//                         band=0
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for band < numBands
//                         if (!(band < numBands)) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(6)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc14968.java:38  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(src.getSamples(0, y, width, 1, band, srcPix)), 7)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc14968.java:38  yield_(kaa.InProgress.finished(src.getSamples(0, y, width, 1, band, srcPix)))
//                         srcPix = this.<int[]>awaitedValue();
//                         x=0
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // for x < width
//                         if (!(x < width)) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(9)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc14968.java:41  yield_()
//                         resumedFromSlice();
//                         index = srcPix[x]-offset;
//                         if (index < 0 || index > maxShort) {
//                             throw new
//                                 IllegalArgumentException("index out of range "+
//                                                          index+" x is "+x+
//                                                          "srcPix[x]="+srcPix[x]
//                                                          +" offset="+ offset);
//                         }
//                         srcPix[x] = table[tidx][index];
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for update
//                         x++;
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 11: { // after for
//                         if (yieldSlice(12)) {
//                             lookup = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc14968.java:53  yield_()
//                         resumedFromSlice();
//                         dst.setSamples(0, y, width, 1, band, srcPix);
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // for update
//                         band++;
//                         tidx+=step;
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 14: { // after for
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // for update
//                         y++;
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 16: { // after for
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
abstract class Kc14968 {
    LookupTable getTable() {
        return ltable;
    }
    LookupTable ltable;
    @kaa.Coroutine
    kaa.InProgress<Void> co_shortFilter(ShortLookupTable lookup, Raster src,
                                   WritableRaster dst,
                                   int width, int height, int numBands) {
        int band;
        yield_(); int[] srcPix = null;

        // Find the ref to the table and the offset
        short[][] table = yield_(kaa.InProgress.finished(lookup.getTable()));
        int offset = yield_(kaa.InProgress.finished(lookup.getOffset()));
        int tidx;
        int step=1;

        // Check if it is one lookup applied to all bands
        if (table.length == 1) {
            step=0;
        }

        int x = 0;
        int y = 0;
        int index;
        int maxShort = (1<<16)-1;
        // Loop through the data
        for (y=0; y < height; y++) {
            tidx = 0;
            for ( band=0; band < numBands; band++, tidx+=step) {
                // Find data for this band, scanline
                yield_(); srcPix = yield_(kaa.InProgress.finished(src.getSamples(0, y, width, 1, band, srcPix)));

                for ( x=0; x < width; x++) {
                    yield_(); index = srcPix[x]-offset;
                    if (index < 0 || index > maxShort) {
                        throw new
                            IllegalArgumentException("index out of range "+
                                                     index+" x is "+x+
                                                     "srcPix[x]="+srcPix[x]
                                                     +" offset="+ offset);
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
