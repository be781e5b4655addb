// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/MenuSelectionManager.java:MenuSelectionManager.printMenuElementArray#12 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_MenuSelectionManager_printMenuElementArray_12.java
//
// ERROR Kc19710_Coroutines.java:57: ';' expected
// ERROR Kc19710_Coroutines.java:58: ';' expected
// 
// generated source:
// package kc.javax.swing;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JMenuBar;
// import javax.swing.JMenuItem;
// import javax.swing.JPopupMenu;
// import javax.swing.MenuElement;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc19710}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc19710_Coroutines extends Kc19710 {
//     Kc19710_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_printMenuElementArray(MenuElement[] path, boolean dumpStack) {
//         return new Co_printMenuElementArrayMachine(this, path, dumpStack).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc19710#co_printMenuElementArray(javax.swing.MenuElement[], boolean)}.
//      */
//     private static final class Co_printMenuElementArrayMachine extends CoroutineMachine<Void> {
//         private final Kc19710_Coroutines self;
// 
//         private MenuElement[] path;
// 
//         private boolean dumpStack;
// 
//         private int i;
// 
//         private int j;
// 
//         private MenuElement me;
// 
//         Co_printMenuElementArrayMachine(Kc19710_Coroutines self, MenuElement[] path,
//                 boolean dumpStack) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.path = path;
//             this.dumpStack = dumpStack;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         System.out.println("Path is(");
//                         i=0
//                         j=path.length
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // for i<j
//                         if (!(i<j)) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         for (int k=0; k<=i; k++)
//                             System.out.print("  ");
//                         me = path[i];
//                         if (!(me instanceof JMenuItem)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc19710.java:20  yield_()
//                         resumedFromSlice();
//                         System.out.println(((JMenuItem)me).getText() + ", ");
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 3: { // else
//                         if (!(me instanceof JMenuBar)) {
//                             label = 4;
//                             continue dispatch;
//                         }
//                         System.out.println("JMenuBar, ");
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 4: { // else
//                         if (!(me instanceof JPopupMenu)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc19710.java:24  yield_()
//                         resumedFromSlice();
//                         System.out.println("JPopupMenu, ");
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 6: { // else
//                         if (me == null) {
//                             System.out.println("NULL , ");
//                         } else {
//                             System.out.println("" + me + ", ");
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // after if
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // after if
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // after if
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for update
//                         i++;
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 11: { // after for
//                         System.out.println(")");
//                         if (!(dumpStack == true)) {
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(12)) {
//                             path = null;
//                             me = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc19710.java:34  yield_()
//                         resumedFromSlice();
//                         Thread.dumpStack();
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // after if
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
//             path = null;
//             me = null;
//         }
//     }
// }
// 

package kc.javax.swing;
import java.awt.*;
import java.util.*;
import java.awt.event.*;
import javax.swing.event.*;
import static kaa.Async.*;
import javax.swing.*;
import javax.swing.MenuSelectionManager.*;
import static javax.swing.MenuSelectionManager.*;
abstract class Kc19710 extends javax.swing.MenuSelectionManager {
    @kaa.Coroutine
    kaa.InProgress<Void> co_printMenuElementArray(MenuElement[] path, boolean dumpStack) {
        System.out.println("Path is(");
        int i, j;
        for(i=0,j=path.length; i<j ;i++){
            for (int k=0; k<=i; k++)
                System.out.print("  ");
            MenuElement me = path[i];
            if(me instanceof JMenuItem) {
                yield_(); System.out.println(((JMenuItem)me).getText() + ", ");
            } else if (me instanceof JMenuBar) {
                System.out.println("JMenuBar, ");
            } else if(me instanceof JPopupMenu) {
                yield_(); System.out.println("JPopupMenu, ");
            } else if (me == null) {
                System.out.println("NULL , ");
            } else {
                System.out.println("" + me + ", ");
            }
        }
        System.out.println(")");

        if (dumpStack == true)
            { yield_(); Thread.dumpStack(); }
    return done(); }
}
