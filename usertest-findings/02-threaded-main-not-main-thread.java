// FINDING 02: a @Threaded(pool = Threaded.MAIN) method called from plain code while nothing drives the loop runs
// its body inline on that thread, where Main.isMainThread() is false; README says the body runs "on the notifier
// thread: inside the call when made there, else posted to it".
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar MainPool.java && java -cp o:kaa-runtime.jar MainPool
// Expected (from the README's @Threaded table and Main.isMainThread()'s javadoc "the current thread drives the
//   main loop"):
//   called from plain main: true
//   called from a resumed coroutine: true
//   posted task: true
// Actual (JDK 17):
//   called from plain main: false
//   called from a resumed coroutine: true
//   posted task: true
// Realistic trigger: a coroutine whose first statement awaits a MAIN-pool method, called from main before await()
//   (the coroutine runs up to its first suspension inside the call): my ImageJobs program printed -1 instead of 49.
// Diagnosis (runtime, not processor): ThreadPool's Threaded.MAIN path deliberately runs the body inline "as [the
//   notifier thread] while nothing drives the notifier" (comment in ThreadPool.Job). Either post it (it then runs
//   inside the next await()/run()), or document in the README table that "the notifier thread" includes "any thread
//   while nothing drives the loop", where isMainThread() is false.
import kaa.*;
import static kaa.Async.*;

public abstract class MainPool {
    @Threaded(pool = Threaded.MAIN)
    InProgress<Boolean> onLoopThread() {
        return done(Main.isMainThread());
    }

    @Coroutine
    InProgress<Boolean> viaCoroutine() {
        yield_();
        return done(yield_(onLoopThread()));
    }

    public static void main(String[] args) {
        MainPool m = new MainPool_Coroutines();
        System.out.println("called from plain main: " + m.onLoopThread().await());
        System.out.println("called from a resumed coroutine: " + m.viaCoroutine().await());
        Main.post(() -> System.out.println("posted task: " + Main.isMainThread()));
        Main.step();
    }
}
