// CORPUS FINDING: GENERATED_REJECTED
// method: guava:com/google/common/primitives/UnsignedBytes.java:UnsignedBytes.LexicographicalComparatorHolder.getBestComparator#20 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_guava_UnsignedBytes_LexicographicalComparatorHolder_getBestComparator_20.java
//
// ERROR Kc5640_Coroutines.java:58: <identifier> expected
// ERROR Kc5640_Coroutines.java:58: ';' expected
// ERROR Kc5640_Coroutines.java:58: illegal start of expression
// ERROR Kc5640_Coroutines.java:58: not a statement
// ERROR Kc5640_Coroutines.java:58: cannot find symbol
//   symbol:   variable captured
//   location: class com.google.common.primitives.Kc5640_Coroutines.Co_getBestComparatorMachine
// ERROR Kc5640_Coroutines.java:58: cannot find symbol
//   symbol:   variable wildcard
//   location: class com.google.common.primitives.Kc5640_Coroutines.Co_getBestComparatorMachine
// 
// generated source:
// package com.google.common.primitives;
// 
// import java.util.Comparator;
// import java.util.Objects;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc5640}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc5640_Coroutines extends Kc5640 {
//     Kc5640_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Comparator<byte[]>> co_getBestComparator() {
//         return new Co_getBestComparatorMachine().start();
//     }
// 
//     /**
//      * The state machine of {@link Kc5640#co_getBestComparator()}.
//      */
//     private static final class Co_getBestComparatorMachine extends CoroutineMachine<Comparator<byte[]>> {
//         Co_getBestComparatorMachine() {
//             super(0, TimeUnit.MILLISECONDS);
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             Throwable thrown = null;
//             dispatch:
//             for (;;) {
//                 try {
//                     switch (label) {
//                         case 0: { // start
//                             label = 1;
//                             continue dispatch;
//                         }
//                         case 1: { // try
//                             if (await(InProgress.finished(Class.forName(Kc5640.UNSAFE_COMPARATOR_NAME)), 2)) {
//                                 return;
//                             }
//                             label = 2;
//                             continue dispatch;
//                         }
//                         case 2: { // Kc5640.java:14  yield_(kaa.InProgress.finished(Class.forName(UNSAFE_COMPARATOR_NAME)))
//                             Class<?> theClass = this.<Class<?>>awaitedValue();
//                             if (await(InProgress.finished(Objects.requireNonNull(theClass.getEnumConstants())), 3)) {
//                                 return;
//                             }
//                             label = 3;
//                             continue dispatch;
//                         }
//                         case 3: { // Kc5640.java:17  yield_(kaa.InProgress.finished(requireNonNull(theClass.getEnumConstants())))
//                             Object[] constants = this.<<captured wildcard>[]>awaitedValue();
//                             Comparator<byte[]> comparator = (Comparator<byte[]>) constants[0];
//                             returnWith(comparator);
//                             return;
//                         }
//                         case 4: { // which catch?
//                             if (thrown instanceof Throwable) {
//                                 label = 5;
//                                 continue dispatch;
//                             }
//                             throw thrown;
//                         }
//                         case 5: { // catch (Throwable t)
//                             Throwable t = thrown;
//                             if (yieldSlice(6)) {
//                                 return;
//                             }
//                             label = 6;
//                             continue dispatch;
//                         }
//                         case 6: { // Kc5640.java:24  yield_()
//                             resumedFromSlice();
//                             if (await(InProgress.finished(UnsignedBytes.lexicographicalComparatorJavaImpl()), 7)) {
//                                 return;
//                             }
//                             label = 7;
//                             continue dispatch;
//                         }
//                         case 7: { // Kc5640.java:24  yield_(kaa.InProgress.finished(lexicographicalComparatorJavaImpl()))
//                             returnWith(this.<Comparator<byte[]>>awaitedValue());
//                             return;
//                         }
//                         case 8: { // after try
//                             throw new IllegalStateException("the coroutine body ended without return");
//                         }
//                         default:
//                             throw new IllegalStateException("no such state: " + label);
//                     }
//                 } catch (Throwable escaped) {
//                     switch (label) {
//                         case 1:
//                         case 2:
//                         case 3:
//                             thrown = escaped;
//                             label = 4;
//                             continue dispatch;
//                         default:
//                             throw escaped;
//                     }
//                 }
//             }
//         }
//     }
// }
// 

package com.google.common.primitives;
import static java.util.Objects.requireNonNull;
import java.util.Comparator;
import static kaa.Async.*;
import com.google.common.primitives.UnsignedBytes.*;
import static com.google.common.primitives.UnsignedBytes.*;
import com.google.common.primitives.UnsignedBytes.LexicographicalComparatorHolder.*;
import static com.google.common.primitives.UnsignedBytes.LexicographicalComparatorHolder.*;
abstract class Kc5640 {
    static final String UNSAFE_COMPARATOR_NAME = LexicographicalComparatorHolder.class.getName() + "$UnsafeComparator";
    @kaa.Coroutine
    static kaa.InProgress<Comparator<byte[]>> co_getBestComparator() {
      try {
        Class<?> theClass = yield_(kaa.InProgress.finished(Class.forName(UNSAFE_COMPARATOR_NAME)));

        // requireNonNull is safe because the class is an enum.
        Object[] constants = yield_(kaa.InProgress.finished(requireNonNull(theClass.getEnumConstants())));

        // yes, UnsafeComparator does implement Comparator<byte[]>
        @SuppressWarnings("unchecked")
        Comparator<byte[]> comparator = (Comparator<byte[]>) constants[0];
        return done(comparator);
      } catch (Throwable t) { // ensure we really catch *everything*
        yield_(); return done(yield_(kaa.InProgress.finished(lexicographicalComparatorJavaImpl())));
      }
    }
}
