// FINDING 09: a coroutine that overrides a coroutine cannot reach the parent's coroutine. `super.load(id)` is
// rejected with [kaa.super-in-coroutine], whose advice ("Call a package-private helper method that makes the
// super call") compiles but runs the parent's *unprocessed* body, which fails at run time with a message that says
// the code was compiled without the processor; the rewritten stack trace also drops the user's frames.
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar SuperHelper.java && java -cp o:kaa-runtime.jar SuperHelper
// Expected: prints "user1 (cached)" (the README allows overriding a coroutine in a subclass and says a subclass's
//   generated class also runs the coroutines it inherits), or else a compile error saying that a parent coroutine
//   cannot be reached from an override, and what to do.
// Actual (JDK 17): compiles, then
//   Exception in thread "main" java.lang.IllegalStateException: yield_() and last() only work inside a @Coroutine
//   method rewritten by the kaa-processor annotation processor, and this code was compiled without it. Add
//   io.github.kaajava:kaa-processor to the compiler's annotationProcessorPaths ...
//       at kaa.runtime.collapsed(2 kaa frames)
//       at kaa.runtime.collapsed(3 kaa frames)
//       at SuperHelper.main(SuperHelper.java:25)
//   The message is wrong (the processor ran) and the trace hides SuperHelper.load:7 and Cached.superLoad:13, which
//   -Dkaa.debug.rewriteStackTraces=false shows.
// Diagnosis: super.load() is SuperHelper.load, the original body; only the generated SuperHelper_Cached_Coroutines
//   (and SuperHelper_Coroutines) override it with a machine. A fix could generate, for each inherited coroutine,
//   an accessible entry to the parent's machine (e.g. a static SuperHelper_CoroutineMachines factory taking
//   `self`) and let the processor rewrite super.load(..) to it; failing that, the error's advice should not
//   suggest a helper for coroutine methods, and the runtime message could say "unprocessed body reached through a
//   super call" when it can tell (the caller is a class the processor saw).
//   The processor already rejects the analogous static case ([kaa.unprocessed-static-call]: 'calling it here runs
//   its original body'); `super.m()` of a @Coroutine m anywhere (the helper included) is the same and could get
//   the same compile error.
// Realistic trigger: a caching/logging subclass that wraps the parent's coroutine (my Repository program had to
//   copy the parent's body instead).
import kaa.*;
import static kaa.Async.*;

public abstract class SuperHelper {
    @Coroutine
    InProgress<String> load(int id) {
        yield_();
        return done("user" + id);
    }

    abstract static class Cached extends SuperHelper {
        InProgress<String> superLoad(int id) {
            return super.load(id);                        // the helper the error message suggests
        }

        @Override
        @Coroutine
        InProgress<String> load(int id) {
            String v = yield_(superLoad(id));
            return done(v + " (cached)");
        }
    }

    public static void main(String[] args) {
        System.out.println(new SuperHelper_Cached_Coroutines().load(1).await());
    }
}
