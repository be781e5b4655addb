// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/plaf/basic/BasicMenuItemUI.java:BasicMenuItemUI.printMenuElementArray#39 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BasicMenuItemUI_printMenuElementArray_39.java
//
// ERROR Kc7993_Coroutines.java:63: ';' expected
// ERROR Kc7993_Coroutines.java:64: ';' expected
// 
// generated source:
// package kc.javax.swing.plaf.basic;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.swing.JMenuItem;
// import javax.swing.MenuElement;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc7993}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc7993_Coroutines extends Kc7993 {
//     Kc7993_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_printMenuElementArray(MenuElement[] path, boolean dumpStack) {
//         return new Co_printMenuElementArrayMachine(this, path, dumpStack).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc7993#co_printMenuElementArray(javax.swing.MenuElement[], boolean)}.
//      */
//     private static final class Co_printMenuElementArrayMachine extends CoroutineMachine<Void> {
//         private final Kc7993_Coroutines self;
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
//         Co_printMenuElementArrayMachine(Kc7993_Coroutines self, MenuElement[] path,
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
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc7993.java:12  yield_()
//                         resumedFromSlice();
//                         i=0
//                         j=path.length
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // for i<j
//                         if (!(i<j)) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc7993.java:14  yield_()
//                         resumedFromSlice();
//                         for (int k=0; k<=i; k++)
//                             System.out.print("  ");
//                         me = path[i];
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc7993.java:17  yield_()
//                         resumedFromSlice();
//                         if (!(me instanceof JMenuItem)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc7993.java:18  yield_()
//                         resumedFromSlice();
//                         System.out.println(((JMenuItem)me).getText() + ", ");
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 6: { // else
//                         if (me == null)
//                             System.out.println("NULL , ");
//                         else
//                             System.out.println("" + me + ", ");
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // after if
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // for update
//                         i++;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 9: { // after for
//                         System.out.println(")");
//                         if (yieldSlice(10)) {
//                             path = null;
//                             me = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc7993.java:26  yield_()
//                         resumedFromSlice();
//                         if (!(dumpStack == true)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(11)) {
//                             path = null;
//                             me = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc7993.java:27  yield_()
//                         resumedFromSlice();
//                         Thread.dumpStack();
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // after if
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

package kc.javax.swing.plaf.basic;
import javax.swing.JMenuItem;
import javax.swing.MenuElement;
import static kaa.Async.*;
import javax.swing.plaf.basic.*;
import javax.swing.plaf.basic.BasicMenuItemUI.*;
import static javax.swing.plaf.basic.BasicMenuItemUI.*;
abstract class Kc7993 extends javax.swing.plaf.basic.BasicMenuItemUI {
    @kaa.Coroutine
    kaa.InProgress<Void> co_printMenuElementArray(MenuElement[] path, boolean dumpStack) {
        System.out.println("Path is(");
        yield_(); int i, j;
        for(i=0,j=path.length; i<j ;i++){
            yield_(); for (int k=0; k<=i; k++)
                System.out.print("  ");
            MenuElement me = path[i];
            yield_(); if(me instanceof JMenuItem)
                { yield_(); System.out.println(((JMenuItem)me).getText() + ", "); }
            else if (me == null)
                System.out.println("NULL , ");
            else
                System.out.println("" + me + ", ");
        }
        System.out.println(")");

        yield_(); if (dumpStack == true)
            { yield_(); Thread.dumpStack(); }
    return done(); }
}
