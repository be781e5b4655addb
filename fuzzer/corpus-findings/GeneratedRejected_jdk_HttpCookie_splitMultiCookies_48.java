// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/net/HttpCookie.java:HttpCookie.splitMultiCookies#48 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_HttpCookie_splitMultiCookies_48.java
//
// ERROR Kc24103_Coroutines.java:92: ';' expected
// ERROR Kc24103_Coroutines.java:93: ';' expected
// 
// generated source:
// package kc.java.net;
// 
// import java.util.ArrayList;
// import java.util.List;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc24103}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc24103_Coroutines extends Kc24103 {
//     Kc24103_Coroutines() {
//         super();
//     }
// 
//     static InProgress<List<String>> co_splitMultiCookies(String header) {
//         return new Co_splitMultiCookiesMachine(header).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc24103#co_splitMultiCookies(java.lang.String)}.
//      */
//     private static final class Co_splitMultiCookiesMachine extends CoroutineMachine<List<String>> {
//         private String header;
// 
//         private List<String> cookies;
// 
//         private int quoteCount;
// 
//         private int p;
// 
//         private int q;
// 
//         private char c;
// 
//         Co_splitMultiCookiesMachine(String header) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.header = header;
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
//                     case 1: { // Kc24103.java:10  yield_()
//                         resumedFromSlice();
//                         cookies = new ArrayList<>();
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc24103.java:11  yield_()
//                         resumedFromSlice();
//                         quoteCount = 0;
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc24103.java:12  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc24103.java:12  yield_()
//                         resumedFromSlice();
//                         if (yieldSlice(5)) {
//                             return;
//                         }
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // Kc24103.java:14  yield_()
//                         resumedFromSlice();
//                         p = 0
//                         q = 0
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // for p < header.length()
//                         if (!(p < header.length())) {
//                             label = 17;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(7)) {
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc24103.java:15  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(header.charAt(p)), 8)) {
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc24103.java:15  yield_(kaa.InProgress.finished(header.charAt(p)))
//                         c = this.<Character>awaitedValue();
//                         if (yieldSlice(9)) {
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc24103.java:16  yield_()
//                         resumedFromSlice();
//                         if (!(c == '"')) {
//                             label = 11;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(10)) {
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc24103.java:16  yield_()
//                         resumedFromSlice();
//                         quoteCount++;
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // after if
//                         if (yieldSlice(12)) {
//                             return;
//                         }
//                         label = 12;
//                         continue dispatch;
//                     }
//                     case 12: { // Kc24103.java:17  yield_()
//                         resumedFromSlice();
//                         if (!(c == ',' && (quoteCount % 2 == 0))) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(13)) {
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc24103.java:19  yield_()
//                         resumedFromSlice();
//                         cookies.add(header.substring(q, p));
//                         if (yieldSlice(14)) {
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc24103.java:20  yield_()
//                         resumedFromSlice();
//                         q = p + 1;
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // after if
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // for update
//                         p++;
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 17: { // after for
//                         if (yieldSlice(18)) {
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc24103.java:24  yield_()
//                         resumedFromSlice();
//                         cookies.add(header.substring(q));
//                         if (yieldSlice(19)) {
//                             header = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc24103.java:26  yield_()
//                         resumedFromSlice();
//                         returnWith(cookies);
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
//             header = null;
//             cookies = null;
//         }
//     }
// }
// 

package kc.java.net;
import java.util.List;
import static kaa.Async.*;
import java.net.*;
import java.net.HttpCookie.*;
import static java.net.HttpCookie.*;
abstract class Kc24103 {
    @kaa.Coroutine
    static kaa.InProgress<List<String>> co_splitMultiCookies(String header) {
        yield_(); List<String> cookies = new java.util.ArrayList<>();
        yield_(); int quoteCount = 0;
        yield_(); yield_(); int p, q;

        yield_(); for (p = 0, q = 0; p < header.length(); p++) {
            yield_(); char c = yield_(kaa.InProgress.finished(header.charAt(p)));
            yield_(); if (c == '"') { yield_(); quoteCount++; }
            yield_(); if (c == ',' && (quoteCount % 2 == 0)) {
                // it is comma and not surrounding by double-quotes
                yield_(); cookies.add(header.substring(q, p));
                yield_(); q = p + 1;
            }
        }

        yield_(); cookies.add(header.substring(q));

        yield_(); return done(cookies);
    }
}
