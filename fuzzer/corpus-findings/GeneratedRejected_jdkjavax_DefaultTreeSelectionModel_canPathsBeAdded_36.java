// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/tree/DefaultTreeSelectionModel.java:DefaultTreeSelectionModel.canPathsBeAdded#36 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_DefaultTreeSelectionModel_canPathsBeAdded_36.java
//
// ERROR Kc805_Coroutines.java:129: ';' expected
// ERROR Kc805_Coroutines.java:200: ';' expected
// 
// generated source:
// package kc.javax.swing.tree;
// 
// import java.util.BitSet;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.DefaultListSelectionModel;
// import javax.swing.tree.TreePath;
// import javax.swing.tree.TreeSelectionModel;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc805}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc805_Coroutines extends Kc805 {
//     Kc805_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Boolean> co_canPathsBeAdded(TreePath[] paths) {
//         return new Co_canPathsBeAddedMachine(this, paths).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc805#co_canPathsBeAdded(javax.swing.tree.TreePath[])}.
//      */
//     private static final class Co_canPathsBeAddedMachine extends CoroutineMachine<Boolean> {
//         private final Kc805_Coroutines self;
// 
//         private TreePath[] paths;
// 
//         private BitSet bitSet;
// 
//         private DefaultListSelectionModel lModel;
// 
//         private int anIndex;
// 
//         private int counter;
// 
//         private int min;
// 
//         private int max;
// 
//         private TreePath[] tempPath;
// 
//         private int[] rows;
// 
//         private Boolean result;
// 
//         Co_canPathsBeAddedMachine(Kc805_Coroutines self, TreePath[] paths) {
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
//                         if (!(paths == null || paths.length == 0 || self.rowMapper == null ||
//                            self.selection == null || self.selectionMode ==
//                            TreeSelectionModel.DISCONTIGUOUS_TREE_SELECTION)) {
//                             label = 1;
//                             continue dispatch;
//                         }
//                         returnWith((boolean) (true));
//                         return;
//                     }
//                     case 1: { // else
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc805.java:20  yield_()
//                         resumedFromSlice();
//                         bitSet = new BitSet();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc805.java:21  yield_()
//                         resumedFromSlice();
//                         lModel = self.listSelectionModel;
//                         if (await(InProgress.finished(lModel.getMinSelectionIndex()), 4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc805.java:24  yield_(kaa.InProgress.finished(lModel.getMinSelectionIndex()))
//                         min = this.<Integer>awaitedValue();
//                         if (await(InProgress.finished(lModel.getMaxSelectionIndex()), 5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc805.java:25  yield_(kaa.InProgress.finished(lModel.getMaxSelectionIndex()))
//                         max = this.<Integer>awaitedValue();
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc805.java:26  yield_()
//                         resumedFromSlice();
//                         tempPath = new TreePath[1];
//                         if (!(min != -1)) {
//                             label = 14;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc805.java:29  yield_()
//                         resumedFromSlice();
//                         counter = min
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // for counter <= max
//                         if (!(counter <= max)) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc805.java:30  yield_()
//                         resumedFromSlice();
//                         if (!(lModel.isSelectedIndex(counter))) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc805.java:31  yield_()
//                         resumedFromSlice();
//                         bitSet.set(counter);
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // after if
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // for update
//                         counter++;
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 13: { // after for
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 14: { // else
//                         tempPath[0] = paths[0];
//                         if (yieldSlice(15)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc805.java:36  yield_()
//                         resumedFromSlice();
//                         min = max = self.rowMapper.getRowsForPaths(tempPath)[0];
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // after if
//                         if (yieldSlice(17)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc805.java:38  yield_()
//                         resumedFromSlice();
//                         counter = paths.length - 1
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // for counter >= 0
//                         if (!(counter >= 0)) {
//                             label = 30;
//                             continue dispatch;
//                         }
//                         if (!(paths[counter] != null)) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(19)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc805.java:40  yield_()
//                         resumedFromSlice();
//                         tempPath[0] = paths[counter];
//                         if (await(InProgress.finished(self.rowMapper.getRowsForPaths(tempPath)), 20)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc805.java:41  yield_(kaa.InProgress.finished(rowMapper.getRowsForPaths(tempPath)))
//                         rows = this.<int[]>awaitedValue();
//                         if (yieldSlice(21)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc805.java:42  yield_()
//                         resumedFromSlice();
//                         if (rows == null) {
//                             result = (boolean) (false);
//                             label = 33;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(22)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc805.java:45  yield_()
//                         resumedFromSlice();
//                         anIndex = rows[0];
//                         if (await(InProgress.finished(Math.min(anIndex, min)), 23)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc805.java:46  yield_(kaa.InProgress.finished(Math.min(anIndex, min)))
//                         min = this.<Integer>awaitedValue();
//                         if (yieldSlice(24)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc805.java:47  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(Math.max(anIndex, max)), 25)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc805.java:47  yield_(kaa.InProgress.finished(Math.max(anIndex, max)))
//                         max = this.<Integer>awaitedValue();
//                         if (yieldSlice(26)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc805.java:48  yield_()
//                         resumedFromSlice();
//                         if(anIndex == -1)
//                             {
//                                 result = (boolean) (false);
//                                 label = 33;
//                                 continue dispatch;
//                             }
//                         if (yieldSlice(27)) {
//                             lModel = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc805.java:50  yield_()
//                         resumedFromSlice();
//                         bitSet.set(anIndex);
//                         label = 28;
//                         continue dispatch;
//                     }
//                     case 28: { // after if
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // for update
//                         counter--;
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 30: { // after for
//                         for(counter = min; counter <= max; counter++)
//                             if(!bitSet.get(counter))
//                                 {
//                                     result = (boolean) (false);
//                                     label = 33;
//                                     continue dispatch;
//                                 }
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 31: { // after if
//                         if (yieldSlice(32)) {
//                             paths = null;
//                             bitSet = null;
//                             lModel = null;
//                             tempPath = null;
//                             rows = null;
//                             result = null;
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc805.java:57  yield_()
//                         resumedFromSlice();
//                         returnWith((boolean) (true));
//                         return;
//                     }
//                     case 33: { // return done(...)
//                         returnWith(result);
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
//             lModel = null;
//             tempPath = null;
//             rows = null;
//             result = null;
//         }
//     }
// }
// 

package kc.javax.swing.tree;
import java.util.BitSet;
import javax.swing.DefaultListSelectionModel;
import static kaa.Async.*;
import javax.swing.tree.*;
import javax.swing.tree.DefaultTreeSelectionModel.*;
import static javax.swing.tree.DefaultTreeSelectionModel.*;
abstract class Kc805 extends javax.swing.tree.DefaultTreeSelectionModel {
    TreePath[] selection;
    RowMapper rowMapper;
    DefaultListSelectionModel listSelectionModel;
    int selectionMode;
    @kaa.Coroutine
    kaa.InProgress<Boolean> co_canPathsBeAdded(TreePath[] paths) {
        if(paths == null || paths.length == 0 || rowMapper == null ||
           selection == null || selectionMode ==
           TreeSelectionModel.DISCONTIGUOUS_TREE_SELECTION)
            return done((boolean) (true));
        else {
            yield_(); BitSet                       bitSet = new BitSet();
            yield_(); DefaultListSelectionModel    lModel = listSelectionModel;
            int                          anIndex;
            int                          counter;
            int                          min = yield_(kaa.InProgress.finished(lModel.getMinSelectionIndex()));
            int                          max = yield_(kaa.InProgress.finished(lModel.getMaxSelectionIndex()));
            yield_(); TreePath[]                   tempPath = new TreePath[1];

            if(min != -1) {
                yield_(); for(counter = min; counter <= max; counter++) {
                    yield_(); if(lModel.isSelectedIndex(counter))
                        { yield_(); bitSet.set(counter); }
                }
            }
            else {
                tempPath[0] = paths[0];
                yield_(); min = max = rowMapper.getRowsForPaths(tempPath)[0];
            }
            yield_(); for(counter = paths.length - 1; counter >= 0; counter--) {
                if(paths[counter] != null) {
                    yield_(); tempPath[0] = paths[counter];
                    int[]   rows = yield_(kaa.InProgress.finished(rowMapper.getRowsForPaths(tempPath)));
                    yield_(); if (rows == null) {
                        return done((boolean) (false));
                    }
                    yield_(); anIndex = rows[0];
                    min = yield_(kaa.InProgress.finished(Math.min(anIndex, min)));
                    yield_(); max = yield_(kaa.InProgress.finished(Math.max(anIndex, max)));
                    yield_(); if(anIndex == -1)
                        return done((boolean) (false));
                    yield_(); bitSet.set(anIndex);
                }
            }
            for(counter = min; counter <= max; counter++)
                if(!bitSet.get(counter))
                    return done((boolean) (false));
        }
        yield_(); return done((boolean) (true));
    }
}
