// CORPUS FINDING: GENERATED_REJECTED
// method: commons-lang3:org/apache/commons/lang3/reflect/TypeUtils.java:TypeUtils.isCyclical#58 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonslang3_TypeUtils_isCyclical_58.java
//
// ERROR Kc3102_Coroutines.java:31: > expected
// ERROR Kc3102_Coroutines.java:31: ';' expected
// ERROR Kc3102_Coroutines.java:31: <identifier> expected
// ERROR Kc3102_Coroutines.java:31: wrong number of type arguments; required 1
// ERROR Kc3102_Coroutines.java:31: cannot find symbol
//   symbol:   class captured
//   location: class org.apache.commons.lang3.reflect.Kc3102_Coroutines.Co_isCyclicalMachine
// ERROR Kc3102_Coroutines.java:31: cannot find symbol
//   symbol:   class array
//   location: class org.apache.commons.lang3.reflect.Kc3102_Coroutines.Co_isCyclicalMachine
// ERROR Kc3102_Coroutines.java:56: cannot find symbol
//   symbol:   variable array
//   location: class org.apache.commons.lang3.reflect.Kc3102_Coroutines.Co_isCyclicalMachine
// ERROR Kc3102_Coroutines.java:62: cannot find symbol
//   symbol:   variable array
//   location: class org.apache.commons.lang3.reflect.Kc3102_Coroutines.Co_isCyclicalMachine
// ERROR Kc3102_Coroutines.java:66: cannot find symbol
//   symbol:   variable array
//   location: class org.apache.commons.lang3.reflect.Kc3102_Coroutines.Co_isCyclicalMachine
// ERROR Kc3102_Coroutines.java:103: cannot find symbol
//   symbol:   variable array
//   location: class org.apache.commons.lang3.reflect.Kc3102_Coroutines.Co_isCyclicalMachine
// 
// generated source:
// package org.apache.commons.lang3.reflect;
// 
// import java.lang.reflect.AnnotatedType;
// import java.lang.reflect.TypeVariable;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc3102}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc3102_Coroutines extends Kc3102 {
//     Kc3102_Coroutines() {
//         super();
//     }
// 
//     static InProgress<Boolean> co_isCyclical(Class<?> cls) {
//         return new Co_isCyclicalMachine(cls).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc3102#co_isCyclical(java.lang.Class)}.
//      */
//     private static final class Co_isCyclicalMachine extends CoroutineMachine<Boolean> {
//         private Class<?> cls;
// 
//         private TypeVariable<?> typeParameter;
// 
//         private TypeVariable<Class<<captured wildcard>>>[] array;
// 
//         private int index;
// 
//         private Boolean result;
// 
//         Co_isCyclicalMachine(Class<?> cls) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.cls = cls;
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
//                     case 1: { // Kc3102.java:10  yield_()
//                         resumedFromSlice();
//                         array = cls.getTypeParameters();
//                         index = 0;
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // for (final TypeVariable<?> typeParameter : ...)
//                         if (index >= array.length) {
//                             label = 4;
//                             continue dispatch;
//                         }
//                         typeParameter = array[index++];
//                         if (yieldSlice(3)) {
//                             return;
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // Kc3102.java:11  yield_()
//                         resumedFromSlice();
//                         for (final AnnotatedType annotatedBound : typeParameter.getAnnotatedBounds()) {
//                             if (annotatedBound.getType().getTypeName().contains(cls.getName())) {
//                                 result = (boolean) (true);
//                                 label = 5;
//                                 continue dispatch;
//                             }
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 4: { // after for
//                         returnWith((boolean) (false));
//                         return;
//                     }
//                     case 5: { // return done(...)
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
//             cls = null;
//             typeParameter = null;
//             array = null;
//             result = null;
//         }
//     }
// }
// 

package org.apache.commons.lang3.reflect;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.TypeVariable;
import static kaa.Async.*;
import org.apache.commons.lang3.reflect.TypeUtils.*;
import static org.apache.commons.lang3.reflect.TypeUtils.*;
abstract class Kc3102 {
    @kaa.Coroutine
    static kaa.InProgress<Boolean> co_isCyclical(final Class<?> cls) {
        yield_(); for (final TypeVariable<?> typeParameter : cls.getTypeParameters()) {
            yield_(); for (final AnnotatedType annotatedBound : typeParameter.getAnnotatedBounds()) {
                if (annotatedBound.getType().getTypeName().contains(cls.getName())) {
                    return done((boolean) (true));
                }
            }
        }
        return done((boolean) (false));
    }
}
