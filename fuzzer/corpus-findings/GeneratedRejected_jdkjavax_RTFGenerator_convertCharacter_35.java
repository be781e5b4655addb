// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/text/rtf/RTFGenerator.java:RTFGenerator.convertCharacter#35 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_RTFGenerator_convertCharacter_35.java
//
// ERROR Kc10604_Coroutines.java:53: ';' expected
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
//  * The coroutines of {@link Kc10604}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc10604_Coroutines extends Kc10604 {
//     Kc10604_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Integer> co_convertCharacter(int[] conversion, char ch) {
//         return new Co_convertCharacterMachine(conversion, ch).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc10604#co_convertCharacter(int[], char)}.
//      */
//     private static final class Co_convertCharacterMachine extends CoroutineMachine<Integer> {
//         private int[] conversion;
// 
//         private char ch;
// 
//         private int index;
// 
//         private Integer result;
// 
//         Co_convertCharacterMachine(int[] conversion, char ch) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.conversion = conversion;
//             this.ch = ch;
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
//                     case 1: { // Kc10604.java:12  yield_()
//                         resumedFromSlice();
//                         index = 0
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // for index < conversion.length
//                         if (!(index < conversion.length)) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc10604.java:13  yield_()
//                         resumedFromSlice();
//                         if(conversion[index] == ch)
//                             {
//                                 result = (int) (conversion[index + 1]);
//                                 label = 6;
//                                 continue dispatch;
//                             }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // for update
//                         index += 2;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 5: { // after for
//                         returnWith((int) (0));
//                         return;
//                     }
//                     case 6: { // return done(...)
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
//             conversion = null;
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
abstract class Kc10604 {
    @kaa.Coroutine
    static kaa.InProgress<Integer> co_convertCharacter(int[] conversion, char ch) {
   int index;

   yield_(); for(index = 0; index < conversion.length; index += 2) {
       yield_(); if(conversion[index] == ch)
           return done((int) (conversion[index + 1]));
   }

   return done((int) (0));  /* 0 indicates an unrepresentable character */
}
}
