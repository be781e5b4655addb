// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/nio/channels/spi/AbstractSelectableChannel.java:AbstractSelectableChannel.addKey#3 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_AbstractSelectableChannel_addKey_3.java
//
// ERROR Kc25570_Coroutines.java:53: ';' expected
// ERROR Kc25570_Coroutines.java:121: ';' expected
// 
// generated source:
// package kc.java.nio.channels.spi;
// 
// import java.nio.channels.SelectionKey;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc25570}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc25570_Coroutines extends Kc25570 {
//     Kc25570_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_addKey(SelectionKey k) {
//         return new Co_addKeyMachine(this, k).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc25570#co_addKey(java.nio.channels.SelectionKey)}.
//      */
//     private static final class Co_addKeyMachine extends CoroutineMachine<Void> {
//         private final Kc25570_Coroutines self;
// 
//         private SelectionKey k;
// 
//         private int i;
// 
//         private SelectionKey[] ks;
// 
//         Co_addKeyMachine(Kc25570_Coroutines self, SelectionKey k) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.k = k;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         assert Thread.holdsLock(self.keyLock);
//                         i = 0;
//                         if (!((self.keys != null) && (self.keyCount < self.keys.length))) {
//                             label = 7;
//                             continue dispatch;
//                         }
//                         i = 0
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // for i < keys.length
//                         if (!(i < self.keys.length)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             ks = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc25570.java:18  yield_()
//                         resumedFromSlice();
//                         if (!(self.keys[i] == null)) {
//                             label = 4;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             ks = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc25570.java:19  yield_()
//                         resumedFromSlice();
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 4: { // after if
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for update
//                         i++;
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 6: { // after for
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 7: { // else
//                         if (!(self.keys == null)) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             ks = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc25570.java:21  yield_()
//                         resumedFromSlice();
//                         self.keys = new SelectionKey[2];
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 9: { // else
//                         int n = self.keys.length * 2;
//                         ks = new SelectionKey[n];
//                         i = 0
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for i < keys.length
//                         if (!(i < self.keys.length)) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc25570.java:27  yield_()
//                         resumedFromSlice();
//                         ks[i] = self.keys[i];
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // for update
//                         i++;
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 13: { // after for
//                         self.keys = ks;
//                         if (yieldSlice(14)) {
//                             ks = null;
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc25570.java:29  yield_()
//                         resumedFromSlice();
//                         i = self.keyCount;
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // after if
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // after if
//                         self.keys[i] = k;
//                         self.keyCount++;
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
//             k = null;
//             ks = null;
//         }
//     }
// }
// 

package kc.java.nio.channels.spi;
import java.nio.channels.SelectionKey;
import static kaa.Async.*;
import java.nio.channels.spi.*;
import java.nio.channels.spi.AbstractSelectableChannel.*;
import static java.nio.channels.spi.AbstractSelectableChannel.*;
abstract class Kc25570 {
    SelectionKey[] keys = null;
    int keyCount = 0;
    final Object keyLock = new Object();
    @kaa.Coroutine
    kaa.InProgress<Void> co_addKey(SelectionKey k) {
        assert Thread.holdsLock(keyLock);
        int i = 0;
        if ((keys != null) && (keyCount < keys.length)) {
            // Find empty element of key array
            for (i = 0; i < keys.length; i++)
                { yield_(); if (keys[i] == null)
                    { yield_(); break; } }
        } else if (keys == null) {
            yield_(); keys = new SelectionKey[2];
        } else {
            // Grow key array
            int n = keys.length * 2;
            SelectionKey[] ks =  new SelectionKey[n];
            for (i = 0; i < keys.length; i++)
                { yield_(); ks[i] = keys[i]; }
            keys = ks;
            yield_(); i = keyCount;
        }
        keys[i] = k;
        keyCount++;
    return done(); }
}
