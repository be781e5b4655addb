package kaa.examples;

import static kaa.Async.done;
import static kaa.Async.yield_;

import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;

/** The whole tour as one coroutine: it awaits each part in turn, then stops the main loop. */
abstract class Tour {
    static Tour create() {
        return new Tour_Coroutines();
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
            Main.stop();                           // Demo.main's Main.run() returns after this iteration
        }
        return done();
    }
}
