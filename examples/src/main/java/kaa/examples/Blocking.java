package kaa.examples;

import static kaa.Async.done;
import static kaa.Async.yield_;

import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;

/**
 * Part 3, blocking work without {@code @Threaded}: a plain thread does the blocking part and finishes an
 * {@code InProgress}. To the coroutine, awaiting that looks exactly like awaiting a timer or another coroutine, and
 * it resumes on the main loop's thread: finishing from another thread posts the callbacks to the loop. The other way
 * round, {@code Main.call} runs a piece of code on the loop's thread for the worker and hands the result back.
 */
abstract class Blocking {
    static Blocking create() {
        return new Blocking_Coroutines();
    }

    /** Scales an image on a new thread (the "blocking" is a sleep); the returned InProgress finishes there. */
    static InProgress<String> scaleInThread(String image) {
        InProgress<String> result = new InProgress<>();
        Thread worker = new Thread(() -> {
            // Ask the loop thread for something (as a worker would read GUI state) and block until it answers.
            String size = Main.call(() -> {
                Trace.log("Main.call: the loop thread answers the worker: 800x600");
                return "800x600";
            }).await();
            Trace.log("scaling " + image + " to " + size + ", blocking this thread for 300 ms");
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.fail(e);
                return;
            }
            Trace.log("done, finishing the InProgress from this thread");
            result.finish(image + " at " + size);
        }, "image-worker");
        worker.start();
        return result;
    }

    /** Shows that the loop stays responsive while the worker blocks. */
    @Coroutine(interval = 100)
    InProgress<Void> spinner(InProgress<?> until) {
        while (!until.isFinished()) {
            Trace.log("    the loop is still free");
            yield_();
        }
        return done();
    }

    @Coroutine
    InProgress<Void> run() {
        Trace.log("handing the blocking work to a thread");
        InProgress<String> scaled = scaleInThread("holiday.jpg");
        spinner(scaled);
        String image = yield_(scaled);             // same yield_ as for a timer or a coroutine
        Trace.log("resumed with \"" + image + "\" on the loop thread");
        return done();
    }
}
