// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/random/MersenneTwister.java:MersenneTwister.setSeed#5 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_MersenneTwister_setSeed_5.java
//
// ERROR Kc186_Coroutines.java:46: ';' expected
// 
// generated source:
// package org.apache.commons.math3.random;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc186}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc186_Coroutines extends Kc186 {
//     Kc186_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_setSeed(int seed) {
//         return new Co_setSeedMachine(this, seed).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc186#co_setSeed(int)}.
//      */
//     private static final class Co_setSeedMachine extends CoroutineMachine<Void> {
//         private final Kc186_Coroutines self;
// 
//         private int seed;
// 
//         private long longMT;
// 
//         Co_setSeedMachine(Kc186_Coroutines self, int seed) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.seed = seed;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         longMT = seed;
//                         self.mt[0]= (int) longMT;
//                         self.mti = 1
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // for mti < N
//                         if (!(self.mti < Kc186.N)) {
//                             label = 4;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc186.java:18  yield_()
//                         resumedFromSlice();
//                         longMT = (1812433253l * (longMT ^ (longMT >> 30)) + self.mti) & 0xffffffffL;
//                         self.mt[self.mti]= (int) longMT;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for update
//                         ++self.mti;
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 4: { // after for
//                         self.clear();
//                         returnWith(null);
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

package org.apache.commons.math3.random;
import static kaa.Async.*;
import org.apache.commons.math3.random.MersenneTwister.*;
import static org.apache.commons.math3.random.MersenneTwister.*;
abstract class Kc186 extends org.apache.commons.math3.random.MersenneTwister {
    static final int N = 624;
    int[] mt;
    int mti;
    @kaa.Coroutine
    kaa.InProgress<Void> co_setSeed(int seed) {
        // we use a long masked by 0xffffffffL as a poor man unsigned int
        long longMT = seed;
        // NB: unlike original C code, we are working with java longs, the cast below makes masking unnecessary
        mt[0]= (int) longMT;
        for (mti = 1; mti < N; ++mti) {
            // See Knuth TAOCP Vol2. 3rd Ed. P.106 for multiplier.
            // initializer from the 2002-01-09 C version by Makoto Matsumoto
            yield_(); longMT = (1812433253l * (longMT ^ (longMT >> 30)) + mti) & 0xffffffffL;
            mt[mti]= (int) longMT;
        }

        clear(); // Clear normal deviate cache
    return done(); }
}
