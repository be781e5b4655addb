// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.base/java/lang/ThreadGroup.java:ThreadGroup.synchronizedAddWeak#28 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_ThreadGroup_synchronizedAddWeak_28.java
//
// ERROR Kc15066_Coroutines.java:46: ')' expected
// ERROR Kc15066_Coroutines.java:46: unclosed string literal
// ERROR Kc15066_Coroutines.java:46: not a statement
// ERROR Kc15066_Coroutines.java:46: cannot find symbol
//   symbol:   variable valuehecked
//   location: variable self of type kc.java.lang.Kc15066_Coroutines
// 
// generated source:
// package kc.java.lang;
// 
// import java.lang.ref.WeakReference;
// import java.util.Arrays;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc15066}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc15066_Coroutines extends Kc15066 {
//     Kc15066_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_synchronizedAddWeak(ThreadGroup group) {
//         return new Co_synchronizedAddWeakMachine(this, group).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc15066#co_synchronizedAddWeak(java.lang.ThreadGroup)}.
//      */
//     private static final class Co_synchronizedAddWeakMachine extends CoroutineMachine<Void> {
//         private final Kc15066_Coroutines self;
// 
//         private ThreadGroup group;
// 
//         Co_synchronizedAddWeakMachine(Kc15066_Coroutines self, ThreadGroup group) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.group = group;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         synchronized (self) {
//                             if (self.weaks == null) {
//                                 @SuppressWarnings(self.valuehecked", "rawtypes"})
//                                 WeakReference<ThreadGroup>[] array = new WeakReference[4];
//                                 self.weaks = array;
//                             } else {
//                                 // expunge
//                                 for (int i = 0; i < self.nweaks; ) {
//                                     ThreadGroup g = self.weaks[i].get();
//                                     if (g == null) {
//                                         self.removeWeak(i);
//                                     } else {
//                                         i++;
//                                     }
//                                 }
//                                 // expand to make space if needed
//                                 if (self.weaks.length == self.nweaks) {
//                                     self.weaks = Arrays.copyOf(self.weaks, self.nweaks + 4);
//                                 }
//                             }
//                             self.weaks[self.nweaks++] = new WeakReference<>(group);
//                         }
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
//             group = null;
//         }
//     }
// }
// 

package kc.java.lang;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import static kaa.Async.*;
import java.lang.*;
import java.lang.ThreadGroup.*;
import static java.lang.ThreadGroup.*;
abstract class Kc15066 {
    int nweaks;
    WeakReference<ThreadGroup>[] weaks;
    void removeWeak(int index) {
        assert Thread.holdsLock(this) && index < nweaks;
        int last = nweaks - 1;
        if (index < nweaks)
            weaks[index] = weaks[last];
        weaks[last] = null;
        nweaks--;
    }
    @kaa.Coroutine
    kaa.InProgress<Void> co_synchronizedAddWeak(ThreadGroup group) {
        synchronized (this) {
            if (weaks == null) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                WeakReference<ThreadGroup>[] array = new WeakReference[4];
                weaks = array;
            } else {
                // expunge
                for (int i = 0; i < nweaks; ) {
                    ThreadGroup g = weaks[i].get();
                    if (g == null) {
                        removeWeak(i);
                    } else {
                        i++;
                    }
                }
                // expand to make space if needed
                if (weaks.length == nweaks) {
                    weaks = Arrays.copyOf(weaks, nweaks + 4);
                }
            }
            weaks[nweaks++] = new WeakReference<>(group);
        }
    return done(); }
}
