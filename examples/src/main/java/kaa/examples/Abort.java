package kaa.examples;

import static kaa.Async.delay;
import static kaa.Async.done;
import static kaa.Async.yield_;

import java.time.Duration;
import kaa.Coroutine;
import kaa.CoroutineInProgress;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.InProgressTimeoutException;

/**
 * Part 4, abort: a coroutine stuck awaiting something that never happens is aborted, by a timeout or by an explicit
 * {@code abort()}. An {@code InProgressAbortedException} is thrown into its body at the {@code yield_} where it waits,
 * so its {@code catch} and {@code finally} blocks run (to release what it holds), and it ends failed.
 */
abstract class Abort {
    static Abort create() {
        return new Abort_Coroutines();
    }

    /** Waits for a reply that never comes. */
    @Coroutine
    InProgress<String> waitForReply() {
        InProgress<String> reply = new InProgress<>();   // nobody will ever finish it
        try {
            Trace.log("waitForReply: waiting for a reply that never comes");
            return done(yield_(reply));
        } catch (InProgressAbortedException e) {
            Trace.log("waitForReply: aborted by " + e.getClass().getSimpleName() + " (" + e.getMessage() + ")");
            throw e;
        } finally {
            Trace.log("waitForReply: finally, the request is cancelled");
        }
    }

    /** Beats every 100 ms, forever: only an abort ends it. */
    @Coroutine(interval = 100)
    CoroutineInProgress<Void> heartbeat() {
        int beat = 0;
        try {
            while (true) {
                beat++;
                Trace.log("heartbeat " + beat);
                yield_();
            }
        } finally {
            Trace.log("heartbeat: finally, stopped after " + beat + " beats");
        }
    }

    @Coroutine
    InProgress<Void> run() {
        // A timeout: the derived InProgress fails after 300 ms, and with abortOnTimeout=true the stuck one is aborted.
        InProgress<String> reply = waitForReply();
        try {
            yield_(reply.timeout(Duration.ofMillis(300), true));
        } catch (InProgressTimeoutException e) {
            // The timeout fails the derived InProgress first (resuming us here at once), then aborts the stuck one.
            Trace.log("gave up: " + e.getMessage() + "; the timeout aborts waitForReply next");
        }
        try {
            yield_(reply);
        } catch (InProgressAbortedException e) {
            Trace.log("waitForReply ended failed: " + reply.isFailed() + ", with " + e.getClass().getSimpleName());
        }

        // An explicit abort() through the CoroutineInProgress the coroutine returns.
        CoroutineInProgress<Void> heartbeat = heartbeat();
        yield_(delay(Duration.ofMillis(350)));
        Trace.log("calling heartbeat.abort()");
        heartbeat.abort();
        Trace.log("heartbeat failed: " + heartbeat.isFailed());
        return done();
    }
}
