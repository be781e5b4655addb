// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/text/rtf/RTFGenerator.java:RTFGenerator.equalArraysOK#8 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_RTFGenerator_equalArraysOK_8.java
//
// ERROR Kc10577_Coroutines.java:100: ';' expected
// 
// generated source:
// package kc.javax.swing.text.rtf;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc10577}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc10577_Coroutines extends Kc10577 {
//     Kc10577_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Boolean> co_equalArraysOK(Object a, Object b) {
//         return new Co_equalArraysOKMachine(a, b).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc10577#co_equalArraysOK(java.lang.Object, java.lang.Object)}.
//      */
//     private static final class Co_equalArraysOKMachine extends CoroutineMachine<Boolean> {
//         private Object a;
// 
//         private Object b;
// 
//         private Object[] aa;
// 
//         private Object[] bb;
// 
//         private int i;
// 
//         private int l;
// 
//         private Boolean result;
// 
//         Co_equalArraysOKMachine(Object a, Object b) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.a = a;
//             this.b = b;
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
//                     case 1: { // Kc10577.java:34  yield_()
//                         resumedFromSlice();
//                         if (a == b)
//                             {
//                                 result = (boolean) (true);
//                                 label = 7;
//                                 continue dispatch;
//                             }
//                         if (a == null || b == null)
//                             {
//                                 result = (boolean) (false);
//                                 label = 7;
//                                 continue dispatch;
//                             }
//                         if (a.equals(b))
//                             {
//                                 result = (boolean) (true);
//                                 label = 7;
//                                 continue dispatch;
//                             }
//                         if (!(a.getClass().isArray() && b.getClass().isArray()))
//                             {
//                                 result = (boolean) (false);
//                                 label = 7;
//                                 continue dispatch;
//                             }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc10577.java:43  yield_()
//                         resumedFromSlice();
//                         aa = (Object[])a;
//                         bb = (Object[])b;
//                         if (aa.length != bb.length)
//                             {
//                                 result = (boolean) (false);
//                                 label = 7;
//                                 continue dispatch;
//                             }
//                         l = aa.length;
//                         i = 0
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for i < l
//                         if (!(i < l)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             a = null;
//                             b = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc10577.java:51  yield_()
//                         resumedFromSlice();
//                         if (!Kc10577.equalArraysOK(aa[i], bb[i]))
//                             {
//                                 result = (boolean) (false);
//                                 label = 7;
//                                 continue dispatch;
//                             }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for update
//                         i++;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 6: { // after for
//                         returnWith((boolean) (true));
//                         return;
//                     }
//                     case 7: { // return done(...)
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
//             a = null;
//             b = null;
//             aa = null;
//             bb = null;
//             result = null;
//         }
//     }
// }
// 

package kc.javax.swing.text.rtf;
import java.lang.*;
import java.util.*;
import javax.swing.text.*;
import static kaa.Async.*;
import javax.swing.text.rtf.*;
abstract class Kc10577 {
    static boolean equalArraysOK(Object a, Object b) {
    Object[] aa, bb;
    if (a == b)
        return true;
    if (a == null || b == null)
        return false;
    if (a.equals(b))
        return true;
    if (!(a.getClass().isArray() && b.getClass().isArray()))
        return false;
    aa = (Object[])a;
    bb = (Object[])b;
    if (aa.length != bb.length)
        return false;

    int i;
    int l = aa.length;
    for(i = 0; i < l; i++) {
        if (!equalArraysOK(aa[i], bb[i]))
            return false;
    }

    return true;
}
    @kaa.Coroutine
    static kaa.InProgress<Boolean> co_equalArraysOK(Object a, Object b) {
    yield_(); Object[] aa, bb;
    if (a == b)
        return done((boolean) (true));
    if (a == null || b == null)
        return done((boolean) (false));
    if (a.equals(b))
        return done((boolean) (true));
    if (!(a.getClass().isArray() && b.getClass().isArray()))
        return done((boolean) (false));
    yield_(); aa = (Object[])a;
    bb = (Object[])b;
    if (aa.length != bb.length)
        return done((boolean) (false));

    int i;
    int l = aa.length;
    for(i = 0; i < l; i++) {
        yield_(); if (!equalArraysOK(aa[i], bb[i]))
            return done((boolean) (false));
    }

    return done((boolean) (true));
}
}
