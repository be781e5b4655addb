// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/util/Locale.java:Locale.getISO3Code#53 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_Locale_getISO3Code_53.java
// (the plain method as written, run against the coroutine, is class Kc21416P below)
//
// ERROR Kc21416_Coroutines.java:110: ';' expected
// 
// generated source:
// package kc.java.util;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21416}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21416_Coroutines extends Kc21416 {
//     Kc21416_Coroutines() {
//         super();
//     }
// 
//     static InProgress<String> co_getISO3Code(String iso2Code, String table) {
//         return new Co_getISO3CodeMachine(iso2Code, table).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21416#co_getISO3Code(java.lang.String, java.lang.String)}.
//      */
//     private static final class Co_getISO3CodeMachine extends CoroutineMachine<String> {
//         private String iso2Code;
// 
//         private String table;
// 
//         private int codeLength;
// 
//         private int tableLength;
// 
//         private int index;
// 
//         private char c1;
// 
//         private char c2;
// 
//         private String result;
// 
//         Co_getISO3CodeMachine(String iso2Code, String table) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.iso2Code = iso2Code;
//             this.table = table;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (await(InProgress.finished(iso2Code.length()), 1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc21416.java:9  yield_(kaa.InProgress.finished(iso2Code.length()))
//                         codeLength = this.<Integer>awaitedValue();
//                         if (codeLength == 0) {
//                             result = "";
//                             label = 13;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             result = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc21416.java:14  yield_()
//                         resumedFromSlice();
//                         tableLength = table.length();
//                         index = tableLength;
//                         if (yieldSlice(3)) {
//                             result = null;
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc21416.java:16  yield_()
//                         resumedFromSlice();
//                         if (!(codeLength == 2)) {
//                             label = 12;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(iso2Code.charAt(0)), 4)) {
//                             result = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc21416.java:17  yield_(kaa.InProgress.finished(iso2Code.charAt(0)))
//                         c1 = this.<Character>awaitedValue();
//                         c2 = iso2Code.charAt(1);
//                         if (yieldSlice(5)) {
//                             iso2Code = null;
//                             result = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc21416.java:19  yield_()
//                         resumedFromSlice();
//                         index = 0
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for index < tableLength
//                         if (!(index < tableLength)) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             iso2Code = null;
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc21416.java:20  yield_()
//                         resumedFromSlice();
//                         if (!(table.charAt(index) == c1
//                             && table.charAt(index + 1) == c2)) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             iso2Code = null;
//                             result = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc21416.java:22  yield_()
//                         resumedFromSlice();
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 9: { // after if
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for update
//                         index += 5;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 11: { // after for
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // after if
//                         returnWith(index < tableLength ? table.substring(index + 2, index + 5) : null);
//                         return;
//                     }
//                     case 13: { // return done(...)
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
//             iso2Code = null;
//             table = null;
//             result = null;
//         }
//     }
// }
// 

package kc.java.util;
import static kaa.Async.*;
import java.util.*;
import java.util.Locale.*;
import static java.util.Locale.*;
abstract class Kc21416 {
    @kaa.Coroutine
    static kaa.InProgress<String> co_getISO3Code(String iso2Code, String table) {
        int codeLength = yield_(kaa.InProgress.finished(iso2Code.length()));
        if (codeLength == 0) {
            return done("");
        }

        yield_(); int tableLength = table.length();
        int index = tableLength;
        yield_(); if (codeLength == 2) {
            char c1 = yield_(kaa.InProgress.finished(iso2Code.charAt(0)));
            char c2 = iso2Code.charAt(1);
            yield_(); for (index = 0; index < tableLength; index += 5) {
                yield_(); if (table.charAt(index) == c1
                    && table.charAt(index + 1) == c2) {
                    yield_(); break;
                }
            }
        }
        return done(index < tableLength ? table.substring(index + 2, index + 5) : null);
    }
}

abstract class Kc21416P {
    static String getISO3Code(String iso2Code, String table) {
        int codeLength = iso2Code.length();
        if (codeLength == 0) {
            return "";
        }

        int tableLength = table.length();
        int index = tableLength;
        if (codeLength == 2) {
            char c1 = iso2Code.charAt(0);
            char c2 = iso2Code.charAt(1);
            for (index = 0; index < tableLength; index += 5) {
                if (table.charAt(index) == c1
                    && table.charAt(index + 1) == c2) {
                    break;
                }
            }
        }
        return index < tableLength ? table.substring(index + 2, index + 5) : null;
    }
}
