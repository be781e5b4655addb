// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.desktop/javax/swing/text/rtf/RTFGenerator.java:RTFGenerator.outputConversionFromTranslationTable#33 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_RTFGenerator_outputConversionFromTranslationTable_33.java
//
// ERROR Kc10602_Coroutines.java:59: ';' expected
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
//  * The coroutines of {@link Kc10602}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc10602_Coroutines extends Kc10602 {
//     Kc10602_Coroutines() {
//         super();
//     }
// 
//     static InProgress<int[]> co_outputConversionFromTranslationTable(char[] table) {
//         return new Co_outputConversionFromTranslationTableMachine(table).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc10602#co_outputConversionFromTranslationTable(char[])}.
//      */
//     private static final class Co_outputConversionFromTranslationTableMachine extends CoroutineMachine<int[]> {
//         private char[] table;
// 
//         private int[] conversion;
// 
//         private int index;
// 
//         Co_outputConversionFromTranslationTableMachine(char[] table) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.table = table;
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
//                     case 1: { // Kc10602.java:10  yield_()
//                         resumedFromSlice();
//                         conversion = new int[2 * table.length];
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc10602.java:12  yield_()
//                         resumedFromSlice();
//                         index = 0
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for index < table.length
//                         if (!(index < table.length)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc10602.java:15  yield_()
//                         resumedFromSlice();
//                         conversion[index * 2] = table[index];
//                         conversion[(index * 2) + 1] = index;
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for update
//                         index ++;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 6: { // after for
//                         returnWith(conversion);
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
//             table = null;
//             conversion = null;
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
abstract class Kc10602 {
    @kaa.Coroutine
    static kaa.InProgress<int[]> co_outputConversionFromTranslationTable(char[] table) {
    yield_(); int[] conversion = new int[2 * table.length];

    yield_(); int index;

    for(index = 0; index < table.length; index ++) {
        yield_(); conversion[index * 2] = table[index];
        conversion[(index * 2) + 1] = index;
    }

    return done(conversion);
}
}
