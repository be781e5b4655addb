// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/JComboBox.java:JComboBox.DefaultKeySelectionManager.selectionForKey#81 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_JComboBox_DefaultKeySelectionManager_selectionForKey_81.java
//
// ERROR Kc5803_Coroutines.java:132: ';' expected
// ERROR Kc5803_Coroutines.java:133: ';' expected
// ERROR Kc5803_Coroutines.java:228: ';' expected
// ERROR Kc5803_Coroutines.java:339: ';' expected
// 
// generated source:
// package kc.javax.swing;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.ComboBoxModel;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc5803}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc5803_Coroutines extends Kc5803 {
//     Kc5803_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Integer> co_selectionForKey(char aKey, ComboBoxModel<?> aModel) {
//         return new Co_selectionForKeyMachine(this, aKey, aModel).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc5803#co_selectionForKey(char, javax.swing.ComboBoxModel)}.
//      */
//     private static final class Co_selectionForKeyMachine extends CoroutineMachine<Integer> {
//         private final Kc5803_Coroutines self;
// 
//         private char aKey;
// 
//         private ComboBoxModel<?> aModel;
// 
//         private int i;
// 
//         private int c;
// 
//         private int currentSelection;
// 
//         private Object selectedItem;
// 
//         private String v;
// 
//         private String pattern;
// 
//         private Object elem;
// 
//         private Object elem_;
// 
//         Co_selectionForKeyMachine(Kc5803_Coroutines self, char aKey, ComboBoxModel<?> aModel) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.aKey = aKey;
//             this.aModel = aModel;
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
//                     case 1: { // Kc5803.java:9  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc5803.java:9  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc5803.java:10  yield_()
//                         resumedFromSlice();
//                         currentSelection = -1;
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc5803.java:11  yield_()
//                         resumedFromSlice();
//                         selectedItem = aModel.getSelectedItem();
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc5803.java:12  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(6)) {
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc5803.java:13  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc5803.java:15  yield_()
//                         resumedFromSlice();
//                         if (!( selectedItem != null )) {
//                             label = 16;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc5803.java:16  yield_()
//                         resumedFromSlice();
//                         i=0
//                         c=aModel.getSize()
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // for i<c
//                         if (!(i<c)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc5803.java:17  yield_()
//                         resumedFromSlice();
//                         if (!( selectedItem == aModel.getElementAt(i) )) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             selectedItem = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc5803.java:18  yield_()
//                         resumedFromSlice();
//                         currentSelection  =  i;
//                         if (yieldSlice(12)) {
//                             selectedItem = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc5803.java:19  yield_()
//                         resumedFromSlice();
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 13: { // after if
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for update
//                         i++;
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 15: { // after for
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // after if
//                         if (yieldSlice(17)) {
//                             selectedItem = null;
//                             return;
//                         }
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // Kc5803.java:24  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(("" + aKey).toLowerCase()), 18)) {
//                             selectedItem = null;
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc5803.java:24  yield_(kaa.InProgress.finished(("" + aKey).toLowerCase()))
//                         pattern = this.<String>awaitedValue();
//                         if (yieldSlice(19)) {
//                             selectedItem = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc5803.java:25  yield_()
//                         resumedFromSlice();
//                         aKey = pattern.charAt(0);
//                         if (yieldSlice(20)) {
//                             selectedItem = null;
//                             pattern = null;
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc5803.java:27  yield_()
//                         resumedFromSlice();
//                         i = ++currentSelection
//                         if (await(InProgress.finished(aModel.getSize()), 21)) {
//                             selectedItem = null;
//                             pattern = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc5803.java:27  yield_(kaa.InProgress.finished(aModel.getSize()))
//                         c = this.<Integer>awaitedValue();
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // for i < c
//                         if (!(i < c)) {
//                             label = 31;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(23)) {
//                             selectedItem = null;
//                             pattern = null;
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc5803.java:28  yield_()
//                         resumedFromSlice();
//                         elem = aModel.getElementAt(i);
//                         if (yieldSlice(24)) {
//                             selectedItem = null;
//                             pattern = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc5803.java:29  yield_()
//                         resumedFromSlice();
//                         if (!(elem != null && elem.toString() != null)) {
//                             label = 29;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(25)) {
//                             selectedItem = null;
//                             pattern = null;
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc5803.java:30  yield_()
//                         resumedFromSlice();
//                         v = elem.toString().toLowerCase();
//                         if (yieldSlice(26)) {
//                             selectedItem = null;
//                             pattern = null;
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc5803.java:31  yield_()
//                         resumedFromSlice();
//                         if (!( v.length() > 0 && v.charAt(0) == aKey )) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(27)) {
//                             aModel = null;
//                             selectedItem = null;
//                             v = null;
//                             pattern = null;
//                             elem = null;
//                             elem_ = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc5803.java:32  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (i));
//                         return;
//                     }
//                     case 28: { // after if
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // after if
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // for update
//                         i++;
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 31: { // after for
//                         if (yieldSlice(32)) {
//                             selectedItem = null;
//                             pattern = null;
//                             elem = null;
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc5803.java:36  yield_()
//                         resumedFromSlice();
//                         i = 0
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // for i < currentSelection
//                         if (!(i < currentSelection)) {
//                             label = 42;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(34)) {
//                             selectedItem = null;
//                             pattern = null;
//                             elem = null;
//                             return;
//                         }
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // Kc5803.java:37  yield_()
//                         resumedFromSlice();
//                         elem_ = aModel.getElementAt(i);
//                         if (yieldSlice(35)) {
//                             selectedItem = null;
//                             pattern = null;
//                             elem = null;
//                             return;
//                         }
//                         label = 35;
//                         continue dispatch;
//                     }
//                     case 35: { // Kc5803.java:38  yield_()
//                         resumedFromSlice();
//                         if (!(elem_ != null && elem_.toString() != null)) {
//                             label = 40;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(36)) {
//                             selectedItem = null;
//                             pattern = null;
//                             elem = null;
//                             return;
//                         }
//                         label = 36;
//                         continue dispatch;
//                     }
//                     case 36: { // Kc5803.java:39  yield_()
//                         resumedFromSlice();
//                         v = elem_.toString().toLowerCase();
//                         if (yieldSlice(37)) {
//                             selectedItem = null;
//                             pattern = null;
//                             elem = null;
//                             return;
//                         }
//                         label = 37;
//                         continue dispatch;
//                     }
//                     case 37: { // Kc5803.java:40  yield_()
//                         resumedFromSlice();
//                         if (!( v.length() > 0 && v.charAt(0) == aKey )) {
//                             label = 39;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(38)) {
//                             aModel = null;
//                             selectedItem = null;
//                             v = null;
//                             pattern = null;
//                             elem = null;
//                             elem_ = null;
//                             return;
//                         }
//                         label = 38;
//                         continue dispatch;
//                     }
//                     case 38: { // Kc5803.java:41  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (i));
//                         return;
//                     }
//                     case 39: { // after if
//                         label = 40;
//                         continue dispatch;
//                     }
//                     case 40: { // after if
//                         label = 41;
//                         continue dispatch;
//                     }
//                     case 41: { // for update
//                         i ++;
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 42: { // after for
//                         if (yieldSlice(43)) {
//                             aModel = null;
//                             selectedItem = null;
//                             v = null;
//                             pattern = null;
//                             elem = null;
//                             elem_ = null;
//                             return;
//                         }
//                         label = 43;
//                         continue dispatch;
//                     }
//                     case 43: { // Kc5803.java:44  yield_()
//                         resumedFromSlice();
//                         returnWith((int) (-1));
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
//             aModel = null;
//             selectedItem = null;
//             v = null;
//             pattern = null;
//             elem = null;
//             elem_ = null;
//         }
//     }
// }
// 

package kc.javax.swing;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.JComboBox.*;
import static javax.swing.JComboBox.*;
abstract class Kc5803 {
    @kaa.Coroutine
    kaa.InProgress<Integer> co_selectionForKey(char aKey,ComboBoxModel<?> aModel) {
            yield_(); yield_(); int i,c;
            yield_(); int currentSelection = -1;
            yield_(); Object selectedItem = aModel.getSelectedItem();
            yield_(); String v;
            yield_(); String pattern;

            yield_(); if ( selectedItem != null ) {
                yield_(); for ( i=0,c=aModel.getSize();i<c;i++ ) {
                    yield_(); if ( selectedItem == aModel.getElementAt(i) ) {
                        yield_(); currentSelection  =  i;
                        yield_(); break;
                    }
                }
            }

            yield_(); pattern = yield_(kaa.InProgress.finished(("" + aKey).toLowerCase()));
            yield_(); aKey = pattern.charAt(0);

            yield_(); for ( i = ++currentSelection, c = yield_(kaa.InProgress.finished(aModel.getSize())) ; i < c ; i++ ) {
                yield_(); Object elem = aModel.getElementAt(i);
                yield_(); if (elem != null && elem.toString() != null) {
                    yield_(); v = elem.toString().toLowerCase();
                    yield_(); if ( v.length() > 0 && v.charAt(0) == aKey )
                        { yield_(); return done((int) (i)); }
                }
            }

            yield_(); for ( i = 0 ; i < currentSelection ; i ++ ) {
                yield_(); Object elem = aModel.getElementAt(i);
                yield_(); if (elem != null && elem.toString() != null) {
                    yield_(); v = elem.toString().toLowerCase();
                    yield_(); if ( v.length() > 0 && v.charAt(0) == aKey )
                        { yield_(); return done((int) (i)); }
                }
            }
            yield_(); return done((int) (-1));
        }
}
