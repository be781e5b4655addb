package kaa.examples;

import static kaa.Async.done;
import static kaa.Async.last;
import static kaa.Async.yield_;

import java.time.Duration;

import kaa.Async;
import kaa.Coroutine;
import kaa.CoroutineInProgress;
import kaa.InProgress;
import kaa.Policy;

/**
 * Part 5, policies: what a second call does while the first is unfinished. {@code SYNCHRONIZED} queues it until the
 * first has finished, so two multi-step writes never interleave; {@code SINGLETON} hands back the running
 * invocation; {@code PASS_LAST} lets each invocation see the one before it, here to chain them.
 */
abstract class Policies {
    static Policies create() {
        return new Policies_Coroutines();
    }

    /** Writes a message in three pieces, a time slice apart; a second call waits for the first. */
    @Coroutine(policy = Policy.SYNCHRONIZED)
    InProgress<Void> write(String who) {
        for (String piece : new String[] {"begin", "middle", "end"}) {
            Trace.log("    " + who + ": " + piece);
            yield_();
        }
        return done();
    }

    /** An expensive refresh: while one runs, callers share it. */
    @Coroutine(policy = Policy.SINGLETON)
    InProgress<String> refresh(String caller) {
        Trace.log("    refresh started by " + caller);
        yield_(Async.delay(Duration.ofMillis(50)));
        return done("fresh data (started by " + caller + ")");
    }

    /** Appends to the result of the previous unfinished call: the calls form a chain. */
    @Coroutine(policy = Policy.PASS_LAST)
    InProgress<String> append(String word) {
        CoroutineInProgress<String> previous = last();
        String before = previous == null ? "" : yield_(previous) + " ";
        yield_(Async.delay(Duration.ofMillis(20)));
        return done(before + word);
    }

    @Coroutine
    InProgress<Void> run() {
        Trace.log("SYNCHRONIZED: two writers called at once; the second starts when the first has finished");
        InProgress<Void> first = write("writer A");
        InProgress<Void> second = write("writer B");
        yield_(InProgress.all(first, second));

        Trace.log("SINGLETON: three callers, one refresh");
        InProgress<String> a = refresh("caller 1");
        InProgress<String> b = refresh("caller 2");
        InProgress<String> c = refresh("caller 3");
        Trace.log("all three got the same InProgress: " + (a == b && b == c) + "; " + yield_(c));

        Trace.log("PASS_LAST: each call appends to the previous one");
        append("kaa");
        append("coroutines");
        String sentence = yield_(append("in Java"));
        Trace.log("\"" + sentence + "\"");
        return done();
    }
}
