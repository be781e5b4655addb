// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/lang/FdLibm.java:FdLibm.IEEEremainder.ilogb#52 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_FdLibm_IEEEremainder_ilogb_52.java
// (the plain method as written, run against the coroutine, is class Kc15151P below)
//
// ERROR Kc15151_Coroutines.java:93: ';' expected
// ERROR Kc15151_Coroutines.java:94: ';' expected
// ERROR Kc15151_Coroutines.java:133: ';' expected
// ERROR Kc15151_Coroutines.java:134: ';' expected
// 
// generated source:
// package kc.java.lang;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc15151}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc15151_Coroutines extends Kc15151 {
//     Kc15151_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Integer> co_ilogb(int hz, int lz) {
//         return new Co_ilogbMachine(hz, lz).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc15151#co_ilogb(int, int)}.
//      */
//     private static final class Co_ilogbMachine extends CoroutineMachine<Integer> {
//         private int hz;
// 
//         private int lz;
// 
//         private int iz;
// 
//         private int i;
// 
//         Co_ilogbMachine(int hz, int lz) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.hz = hz;
//             this.lz = lz;
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
//                     case 1: { // Kc15151.java:7  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc15151.java:7  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc15151.java:8  yield_()
//                         resumedFromSlice();
//                         if (!(hz < 0x0010_0000)) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc15151.java:9  yield_()
//                         resumedFromSlice();
//                         if (!(hz == 0)) {
//                             label = 10;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc15151.java:10  yield_()
//                         resumedFromSlice();
//                         iz = -1043
//                         i = lz
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for i > 0
//                         if (!(i > 0)) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc15151.java:11  yield_()
//                         resumedFromSlice();
//                         iz -= 1;
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // for update
//                         i <<= 1;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 9: { // after for
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 10: { // else
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc15151.java:14  yield_()
//                         resumedFromSlice();
//                         iz = -1022
//                         i = (hz << 11)
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // for i > 0
//                         if (!(i > 0)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc15151.java:15  yield_()
//                         resumedFromSlice();
//                         iz -= 1;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for update
//                         i <<= 1;
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 15: { // after for
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // after if
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 17: { // else
//                         if (yieldSlice(18)) {
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc15151.java:19  yield_()
//                         resumedFromSlice();
//                         iz = (hz >> 20) - 1023;
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // after if
//                         if (yieldSlice(20)) {
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc15151.java:21  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (iz));
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

package kc.java.lang;
import static kaa.Async.*;
import java.lang.*;
abstract class Kc15151 {
    @kaa.Coroutine
    static kaa.InProgress<Integer> co_ilogb(int hz, int lz) {
            yield_(); yield_(); int iz, i;
            yield_(); if (hz < 0x0010_0000) {     // subnormal z
                yield_(); if (hz == 0) {
                    yield_(); for (iz = -1043, i = lz; i > 0; i <<= 1) {
                        yield_(); iz -= 1;
                    }
                } else {
                    yield_(); for (iz = -1022, i = (hz << 11); i > 0; i <<= 1) {
                        yield_(); iz -= 1;
                    }
                }
            } else {
                yield_(); iz = (hz >> 20) - 1023;
            }
            yield_(); return done((int) (iz));
        }
}

abstract class Kc15151P {
    static int ilogb(int hz, int lz) {
            int iz, i;
            if (hz < 0x0010_0000) {     // subnormal z
                if (hz == 0) {
                    for (iz = -1043, i = lz; i > 0; i <<= 1) {
                        iz -= 1;
                    }
                } else {
                    for (iz = -1022, i = (hz << 11); i > 0; i <<= 1) {
                        iz -= 1;
                    }
                }
            } else {
                iz = (hz >> 20) - 1023;
            }
            return iz;
        }
}
