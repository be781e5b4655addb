// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/tree/DefaultTreeSelectionModel.java:DefaultTreeSelectionModel.arePathsContiguous#35 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_DefaultTreeSelectionModel_arePathsContiguous_35.java
//
// ERROR Kc804_Coroutines.java:176: ';' expected
// ERROR Kc804_Coroutines.java:383: ';' expected
// 
// generated source:
// package kc.javax.swing.tree;
// 
// import java.util.BitSet;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.tree.TreePath;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc804}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc804_Coroutines extends Kc804 {
//     Kc804_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Boolean> co_arePathsContiguous(TreePath[] paths) {
//         return new Co_arePathsContiguousMachine(this, paths).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc804#co_arePathsContiguous(javax.swing.tree.TreePath[])}.
//      */
//     private static final class Co_arePathsContiguousMachine extends CoroutineMachine<Boolean> {
//         private final Kc804_Coroutines self;
// 
//         private TreePath[] paths;
// 
//         private BitSet bitSet;
// 
//         private int anIndex;
// 
//         private int counter;
// 
//         private int min;
// 
//         private int pathCount;
// 
//         private int validCount;
// 
//         private TreePath[] tempPath;
// 
//         private int[] rows;
// 
//         private int maxCounter;
// 
//         Co_arePathsContiguousMachine(Kc804_Coroutines self, TreePath[] paths) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.paths = paths;
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
//                     case 1: { // Kc804.java:11  yield_()
//                         resumedFromSlice();
//                         if (!(self.rowMapper == null || paths.length < 2)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             paths = null;
//                             bitSet = null;
//                             tempPath = null;
//                             rows = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc804.java:12  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (true));
//                         return;
//                     }
//                     case 3: { // else
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc804.java:14  yield_()
//                         resumedFromSlice();
//                         bitSet = new BitSet(32);
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc804.java:15  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc804.java:15  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc804.java:15  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc804.java:16  yield_()
//                         resumedFromSlice();
//                         pathCount = paths.length;
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc804.java:17  yield_()
//                         resumedFromSlice();
//                         validCount = 0;
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc804.java:18  yield_()
//                         resumedFromSlice();
//                         tempPath = new TreePath[1];
//                         if (yieldSlice(11)) {
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc804.java:20  yield_()
//                         resumedFromSlice();
//                         tempPath[0] = paths[0];
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc804.java:21  yield_()
//                         resumedFromSlice();
//                         min = self.rowMapper.getRowsForPaths(tempPath)[0];
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc804.java:22  yield_()
//                         resumedFromSlice();
//                         counter = 0
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for counter < pathCount
//                         if (!(counter < pathCount)) {
//                             label = 35;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(15)) {
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc804.java:23  yield_()
//                         resumedFromSlice();
//                         if (!(paths[counter] != null)) {
//                             label = 33;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(16)) {
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc804.java:24  yield_()
//                         resumedFromSlice();
//                         tempPath[0] = paths[counter];
//                         if (yieldSlice(17)) {
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc804.java:25  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(self.rowMapper.getRowsForPaths(tempPath)), 18)) {
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc804.java:25  yield_(kaa.InProgress.finished(rowMapper.getRowsForPaths(tempPath)))
//                         rows = this.<int[]>awaitedValue();
//                         if (yieldSlice(19)) {
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc804.java:26  yield_()
//                         resumedFromSlice();
//                         if (!(rows == null)) {
//                             label = 21;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(20)) {
//                             paths = null;
//                             bitSet = null;
//                             tempPath = null;
//                             rows = null;
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc804.java:27  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (false));
//                         return;
//                     }
//                     case 21: { // after if
//                         if (yieldSlice(22)) {
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc804.java:29  yield_()
//                         resumedFromSlice();
//                         anIndex = rows[0];
//                         if (yieldSlice(23)) {
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc804.java:30  yield_()
//                         resumedFromSlice();
//                         if (!(anIndex == -1 || anIndex < (min - pathCount) ||
//                            anIndex > (min + pathCount))) {
//                             label = 25;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(24)) {
//                             paths = null;
//                             bitSet = null;
//                             tempPath = null;
//                             rows = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc804.java:32  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (false));
//                         return;
//                     }
//                     case 25: { // after if
//                         if (yieldSlice(26)) {
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc804.java:33  yield_()
//                         resumedFromSlice();
//                         if (!(anIndex < min)) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(27)) {
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc804.java:34  yield_()
//                         resumedFromSlice();
//                         min = anIndex;
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // after if
//                         if (yieldSlice(29)) {
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc804.java:35  yield_()
//                         resumedFromSlice();
//                         if (!(!bitSet.get(anIndex))) {
//                             label = 32;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(30)) {
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc804.java:36  yield_()
//                         resumedFromSlice();
//                         bitSet.set(anIndex);
//                         if (yieldSlice(31)) {
//                             return;
//                         }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // Kc804.java:37  yield_()
//                         resumedFromSlice();
//                         validCount++;
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // after if
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // after if
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // for update
//                         counter++;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 35: { // after for
//                         if (yieldSlice(36)) {
//                             paths = null;
//                             tempPath = null;
//                             rows = null;
//                             return;
//                         }
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // Kc804.java:41  yield_()
//                         resumedFromSlice();
//                         maxCounter = validCount + min;
//                         if (yieldSlice(37)) {
//                             paths = null;
//                             tempPath = null;
//                             rows = null;
//                             return;
//                         }
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // Kc804.java:43  yield_()
//                         resumedFromSlice();
//                         counter = min
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 38: { // for counter < maxCounter
//                         if (!(counter < maxCounter)) {
//                             label = 43;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(39)) {
//                             paths = null;
//                             tempPath = null;
//                             rows = null;
//                             return;
//                         }
//                         label = 39;
//                         continue dispatch;
//                     }
//                     case 39: { // Kc804.java:44  yield_()
//                         resumedFromSlice();
//                         if (!(!bitSet.get(counter))) {
//                             label = 41;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(40)) {
//                             paths = null;
//                             bitSet = null;
//                             tempPath = null;
//                             rows = null;
//                             return;
//                         }
//                         label = 40;
//                         continue dispatch;
//                     }
//                     case 40: { // Kc804.java:45  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (false));
//                         return;
//                     }
//                     case 41: { // after if
//                         label = 42;
//                         continue dispatch;
//                     }
//                     case 42: { // for update
//                         counter++;
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 43: { // after for
//                         label = 44;
//                         continue dispatch;
//                     }
//                     case 44: { // after if
//                         if (yieldSlice(45)) {
//                             paths = null;
//                             bitSet = null;
//                             tempPath = null;
//                             rows = null;
//                             return;
//                         }
//                         label = 45;
//                         continue dispatch;
//                     }
//                     case 45: { // Kc804.java:47  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (true));
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
//             paths = null;
//             bitSet = null;
//             tempPath = null;
//             rows = null;
//         }
//     }
// }
// 

package kc.javax.swing.tree;
import java.util.BitSet;
import static kaa.Async.*;
import javax.swing.tree.*;
import javax.swing.tree.DefaultTreeSelectionModel.*;
import static javax.swing.tree.DefaultTreeSelectionModel.*;
abstract class Kc804 extends javax.swing.tree.DefaultTreeSelectionModel {
    RowMapper rowMapper;
    @kaa.Coroutine
    kaa.InProgress<Boolean> co_arePathsContiguous(TreePath[] paths) {
        yield_(); if(rowMapper == null || paths.length < 2)
            { yield_(); return done((boolean) (true)); }
        else {
            yield_(); BitSet                             bitSet = new BitSet(32);
            yield_(); yield_(); yield_(); int                                anIndex, counter, min;
            yield_(); int                                pathCount = paths.length;
            yield_(); int                                validCount = 0;
            yield_(); TreePath[]                         tempPath = new TreePath[1];

            yield_(); tempPath[0] = paths[0];
            yield_(); min = rowMapper.getRowsForPaths(tempPath)[0];
            yield_(); for(counter = 0; counter < pathCount; counter++) {
                yield_(); if(paths[counter] != null) {
                    yield_(); tempPath[0] = paths[counter];
                    yield_(); int[] rows = yield_(kaa.InProgress.finished(rowMapper.getRowsForPaths(tempPath)));
                    yield_(); if (rows == null) {
                        yield_(); return done((boolean) (false));
                    }
                    yield_(); anIndex = rows[0];
                    yield_(); if(anIndex == -1 || anIndex < (min - pathCount) ||
                       anIndex > (min + pathCount))
                        { yield_(); return done((boolean) (false)); }
                    yield_(); if(anIndex < min)
                        { yield_(); min = anIndex; }
                    yield_(); if(!bitSet.get(anIndex)) {
                        yield_(); bitSet.set(anIndex);
                        yield_(); validCount++;
                    }
                }
            }
            yield_(); int          maxCounter = validCount + min;

            yield_(); for(counter = min; counter < maxCounter; counter++)
                { yield_(); if(!bitSet.get(counter))
                    { yield_(); return done((boolean) (false)); } }
        }
        yield_(); return done((boolean) (true));
    }
}
