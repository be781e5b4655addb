package kaa.examples;

import static kaa.Async.done;
import static kaa.Async.yield_;

import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;

/**
 * A short tour of kaa-java's coroutines, printed as a trace (milliseconds since the start, the printing thread, what
 * happens); it was the README's demo before the downloader ({@link Demo}). The parts live in one class each,
 * {@link Countdown}, {@link Fetch}, {@link Blocking}, {@link Abort} and {@link Policies}; {@link #run()} awaits each in
 * turn, then stops the main loop. Run it with
 * {@code mvn -B -q -pl examples exec:java -Dexec.mainClass=kaa.examples.Tour}.
 */
public abstract class Tour {
    Tour() {}

    static Tour create() {
        return new Tour_Coroutines();
    }

    /**
     * Runs the tour.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // exec:java runs main() on a thread named after the class; name it as `java kaa.examples.Tour` would.
        Thread.currentThread().setName("main");
        Trace.log("kaa-java tour: coroutines on kaa's main loop (ms since start, [thread], what happens)");
        InProgress<Void> tour = Tour.create().run();   // runs up to its first yield_, then waits for the loop
        Main.run();                                    // the main loop: until the tour calls Main.stop()
        tour.result();                                 // throws here if a part failed
        System.out.println();
        Trace.log("Main.run() returned: the main loop is stopped and the tour is over.");
    }

    @Coroutine
    InProgress<Void> run() {
        try {
            Trace.section("1. Cooperative multitasking: two coroutines take turns on one thread");
            yield_(Countdown.create().run());

            Trace.section("2. fetch_page: awaiting several network operations, try/catch/finally around a failure");
            yield_(Fetch.create().run());

            Trace.section("3. Blocking work on a thread pool (@Threaded): awaiting its result looks the same");
            yield_(Blocking.create().run());

            Trace.section("4. Abort: a stuck coroutine is aborted, by a timeout and by abort(); its finally runs");
            yield_(Abort.create().run());

            Trace.section("5. Policies: what a second call does while the first is unfinished");
            yield_(Policies.create().run());
        } finally {
            Main.stop();                           // main's Main.run() returns after this iteration
        }
        return done();
    }
}
