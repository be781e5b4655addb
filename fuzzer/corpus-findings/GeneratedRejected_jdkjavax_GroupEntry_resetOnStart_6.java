// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.xml/javax/xml/catalog/GroupEntry.java:GroupEntry.resetOnStart#6 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_GroupEntry_resetOnStart_6.java
//
// ERROR Kc6434_Coroutines.java:48: incompatible types: kc.javax.xml.catalog.Kc6434_Coroutines cannot be converted to javax.xml.catalog.Catalog
// 
// generated source:
// package kc.javax.xml.catalog;
// 
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.xml.catalog.Catalog;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc6434}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc6434_Coroutines extends Kc6434 {
//     Kc6434_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_resetOnStart() {
//         return new Co_resetOnStartMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc6434#co_resetOnStart()}.
//      */
//     private static final class Co_resetOnStartMachine extends CoroutineMachine<Void> {
//         private final Kc6434_Coroutines self;
// 
//         Co_resetOnStartMachine(Kc6434_Coroutines self) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
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
//                     case 1: { // Kc6434.java:22  yield_()
//                         resumedFromSlice();
//                         if (!(self instanceof Catalog  && !self.shouldKeepState)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc6434.java:23  yield_()
//                         resumedFromSlice();
//                         self.reset();
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // after if
//                         returnWith(null);
//                         return;
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
//     }
// }
// 

package kc.javax.xml.catalog;
import static kaa.Async.*;
import javax.xml.catalog.*;
abstract class Kc6434 {
    boolean shouldKeepState = false;
    void reset() {
        isInstantMatch = false;
        rewriteMatch = null;
        longestRewriteMatch = 0;
        suffixMatch = null;
        longestSuffixMatch = 0;
        systemEntrySearched = false;
    }
    boolean isInstantMatch = false;
    String rewriteMatch = null;
    int longestRewriteMatch = 0;
    String suffixMatch = null;
    int longestSuffixMatch = 0;
    boolean systemEntrySearched = false;
    @kaa.Coroutine
    kaa.InProgress<Void> co_resetOnStart() {
        yield_(); if (this instanceof Catalog  && !shouldKeepState) {
            yield_(); reset();
        }
    return done(); }
}
