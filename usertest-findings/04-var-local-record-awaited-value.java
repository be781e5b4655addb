// FINDING 04: `var` holding a yield_ result whose type is a local record/class: the generated code declares the
// local as `var q = this.<Record>awaitedValue();`, so q's type is Record and q.b() does not compile.
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar LocalRecVar.java && java -cp o:kaa-runtime.jar LocalRecVar
//   (same on JDK 25 at /usr/lib/jvm/temurin-25-jdk-amd64)
// Expected: prints 2.
// Actual:
//   o/LocalRecVar_CoroutineMachines.java:54: error: cannot find symbol
//                           returnWith(q.b());
//     symbol:   method b()
//     location: variable q of type Record
// Diagnosis: same root as finding 03 (the awaited type is replaced by a nameable supertype), but with var there
//   is not even an incompatible-types error: the local silently gets the supertype and every member access
//   fails. Note: with another yield_() between the declaration and the use (q hoisted into a field) it compiles
//   and prints 2.
import kaa.*;
import static kaa.Async.*;

public abstract class LocalRecVar {
    @Coroutine
    InProgress<Integer> pick() {
        record Pair(String a, int b) {}
        var q = yield_(InProgress.finished(new Pair("z", 2)));
        return done(q.b());
    }

    public static void main(String[] args) {
        System.out.println(new LocalRecVar_Coroutines().pick().await());
    }
}
