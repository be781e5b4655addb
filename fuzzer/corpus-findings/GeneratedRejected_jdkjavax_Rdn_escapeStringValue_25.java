// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.naming/javax/naming/ldap/Rdn.java:Rdn.escapeStringValue#25 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_Rdn_escapeStringValue_25.java
// (the plain method as written, run against the coroutine, is class Kc2729P below)
//
// ERROR Kc2729_Coroutines.java:93: ';' expected
// ERROR Kc2729_Coroutines.java:155: ';' expected
// 
// generated source:
// package kc.javax.naming.ldap;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc2729}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc2729_Coroutines extends Kc2729 {
//     Kc2729_Coroutines() {
//         super();
//     }
// 
//     static InProgress<String> co_escapeStringValue(String val) {
//         return new Co_escapeStringValueMachine(val).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc2729#co_escapeStringValue(java.lang.String)}.
//      */
//     private static final class Co_escapeStringValueMachine extends CoroutineMachine<String> {
//         private String val;
// 
//         private char[] chars;
// 
//         private StringBuilder builder;
// 
//         private int lead;
// 
//         private int trail;
// 
//         private int i;
// 
//         private char c;
// 
//         Co_escapeStringValueMachine(String val) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.val = val;
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
//                     case 1: { // Kc2729.java:14  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(val.toCharArray()), 2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc2729.java:14  yield_(kaa.InProgress.finished(val.toCharArray()))
//                         chars = this.<char[]>awaitedValue();
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc2729.java:15  yield_()
//                         resumedFromSlice();
//                         builder = new StringBuilder(2 * val.length());
//                         if (yieldSlice(4)) {
//                             val = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc2729.java:18  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(5)) {
//                             val = null;
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc2729.java:19  yield_()
//                         resumedFromSlice();
//                         lead = 0
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for lead < chars.length
//                         if (!(lead < chars.length)) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             val = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc2729.java:20  yield_()
//                         resumedFromSlice();
//                         if (!(!Kc2729.isWhitespace(chars[lead]))) {
//                             label = 9;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(8)) {
//                             val = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc2729.java:21  yield_()
//                         resumedFromSlice();
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 9: { // after if
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // for update
//                         lead++;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 11: { // after for
//                         if (yieldSlice(12)) {
//                             val = null;
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc2729.java:24  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(13)) {
//                             val = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc2729.java:25  yield_()
//                         resumedFromSlice();
//                         trail = chars.length - 1
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // for trail >= 0
//                         if (!(trail >= 0)) {
//                             label = 19;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(15)) {
//                             val = null;
//                             return;
//                         }
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // Kc2729.java:26  yield_()
//                         resumedFromSlice();
//                         if (!(!Kc2729.isWhitespace(chars[trail]))) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(16)) {
//                             val = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc2729.java:27  yield_()
//                         resumedFromSlice();
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 17: { // after if
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // for update
//                         trail--;
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 19: { // after for
//                         if (yieldSlice(20)) {
//                             val = null;
//                             return;
//                         }
//                         label = 20;
//                         continue dispatch;
//                     }
//                     case 20: { // Kc2729.java:31  yield_()
//                         resumedFromSlice();
//                         i = 0;
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // for i < chars.length
//                         if (!(i < chars.length)) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(22)) {
//                             val = null;
//                             return;
//                         }
//                         label = 22;
//                         continue dispatch;
//                     }
//                     case 22: { // Kc2729.java:32  yield_()
//                         resumedFromSlice();
//                         c = chars[i];
//                         if (yieldSlice(23)) {
//                             val = null;
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc2729.java:33  yield_()
//                         resumedFromSlice();
//                         if (!((i < lead) || (i > trail) || (Kc2729.escapees.indexOf(c) >= 0))) {
//                             label = 25;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(24)) {
//                             val = null;
//                             return;
//                         }
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // Kc2729.java:34  yield_()
//                         resumedFromSlice();
//                         builder.append('\\');
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // after if
//                         if (yieldSlice(26)) {
//                             val = null;
//                             return;
//                         }
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // Kc2729.java:36  yield_()
//                         resumedFromSlice();
//                         builder.append(c);
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // for update
//                         i++;
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 28: { // after for
//                         if (yieldSlice(29)) {
//                             val = null;
//                             chars = null;
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc2729.java:38  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(builder.toString()), 30)) {
//                             val = null;
//                             chars = null;
//                             builder = null;
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc2729.java:38  yield_(kaa.InProgress.finished(builder.toString()))
//                         returnWith(this.<String>awaitedValue());
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
//             val = null;
//             chars = null;
//             builder = null;
//         }
//     }
// }
// 

package kc.javax.naming.ldap;
import static kaa.Async.*;
import javax.naming.ldap.*;
import javax.naming.ldap.Rdn.*;
import static javax.naming.ldap.Rdn.*;
abstract class Kc2729 {
    static final String escapees = ",=+<>#;\"\\";
    static boolean isWhitespace(char c) {
        return (c == ' ' || c == '\r');
    }
    @kaa.Coroutine
    static kaa.InProgress<String> co_escapeStringValue(String val) {

            yield_(); char[] chars = yield_(kaa.InProgress.finished(val.toCharArray()));
            yield_(); StringBuilder builder = new StringBuilder(2 * val.length());

            // Find leading and trailing whitespace.
            yield_(); int lead;   // index of first char that is not leading whitespace
            yield_(); for (lead = 0; lead < chars.length; lead++) {
                yield_(); if (!isWhitespace(chars[lead])) {
                    yield_(); break;
                }
            }
            yield_(); int trail;  // index of last char that is not trailing whitespace
            yield_(); for (trail = chars.length - 1; trail >= 0; trail--) {
                yield_(); if (!isWhitespace(chars[trail])) {
                    yield_(); break;
                }
            }

            yield_(); for (int i = 0; i < chars.length; i++) {
                yield_(); char c = chars[i];
                yield_(); if ((i < lead) || (i > trail) || (escapees.indexOf(c) >= 0)) {
                    yield_(); builder.append('\\');
                }
                yield_(); builder.append(c);
            }
            yield_(); return done(yield_(kaa.InProgress.finished(builder.toString())));
    }
}

abstract class Kc2729P {
    static final String escapees = ",=+<>#;\"\\";
    static boolean isWhitespace(char c) {
        return (c == ' ' || c == '\r');
    }
    static String escapeStringValue(String val) {

            char[] chars = val.toCharArray();
            StringBuilder builder = new StringBuilder(2 * val.length());

            // Find leading and trailing whitespace.
            int lead;   // index of first char that is not leading whitespace
            for (lead = 0; lead < chars.length; lead++) {
                if (!isWhitespace(chars[lead])) {
                    break;
                }
            }
            int trail;  // index of last char that is not trailing whitespace
            for (trail = chars.length - 1; trail >= 0; trail--) {
                if (!isWhitespace(chars[trail])) {
                    break;
                }
            }

            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if ((i < lead) || (i > trail) || (escapees.indexOf(c) >= 0)) {
                    builder.append('\\');
                }
                builder.append(c);
            }
            return builder.toString();
    }
}
