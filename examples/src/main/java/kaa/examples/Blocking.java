package kaa.examples;

import static kaa.Async.done;
import static kaa.Async.yield_;

import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;
import kaa.ThreadPool;
import kaa.Threaded;

/**
 * Part 3, blocking work on a thread pool: a {@code @Threaded} method's plain body runs on the pool named
 * {@value #POOL} and returns an {@code InProgress} at once. To the coroutine, awaiting it looks exactly like awaiting
 * a timer or another coroutine, and it resumes on the main loop's thread: the pool hands the result to the loop. The
 * other way round, {@code Main.call} runs a piece of code on the loop's thread for the worker and hands the result
 * back.
 */
abstract class Blocking {
    static final String POOL = "images";

    static Blocking create() {
        ThreadPool.builder(POOL).size(2).register();   // once; shut down with the main loop
        return new Blocking_Coroutines();
    }

    /** Scales an image on the pool (the "blocking" is a sleep). */
    @Threaded(pool = POOL)
    InProgress<String> scale(String image) {
        // Ask the loop thread for something (as a worker would read GUI state) and block until it answers.
        String size = Main.call(() -> {
            Trace.log("Main.call: the loop thread answers the worker: 800x600");
            return "800x600";
        }).await();
        Trace.log("scaling " + image + " to " + size + ", blocking this thread for 300 ms");
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            // An abort interrupts the thread; the result would be dropped anyway.
            Thread.currentThread().interrupt();
            return InProgress.failed(e);
        }
        Trace.log("done; the result goes back to the main loop");
        return done(image + " at " + size);
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
        Trace.log("handing the blocking work to the \"" + POOL + "\" pool");
        InProgress<String> scaled = scale("holiday.jpg");
        spinner(scaled);
        String image = yield_(scaled);             // same yield_ as for a timer or a coroutine
        Trace.log("resumed with \"" + image + "\" on the loop thread");
        return done();
    }
}
