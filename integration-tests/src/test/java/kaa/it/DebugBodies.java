package kaa.it;

import static kaa.Async.delay;
import static kaa.Async.done;
import static kaa.Async.yield_;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import kaa.Coroutine;
import kaa.InProgress;
import kaa.Policy;
import kaa.Threaded;

/**
 * Coroutines for {@link DebuggingTest}. The tests find the lines they expect in stack traces and dumps by the
 * {@code [tag]} comments below, so editing this file moves nothing they check.
 */
abstract class DebugBodies {
    final CountDownLatch jobStarted = new CountDownLatch(1);
    final CountDownLatch releaseJob = new CountDownLatch(1);

    static DebugBodies create() {
        return new DebugBodies_Coroutines();
    }

    @Coroutine
    InProgress<Integer> outer(String text) {
        int parsed = yield_(middle(text)); // [outer]
        return done(parsed * 10);
    }

    @Coroutine
    InProgress<Integer> middle(String text) {
        yield_();
        int parsed = yield_(parse(text)); // [middle]
        return done(parsed + 1);
    }

    @Coroutine
    InProgress<Integer> parse(String text) {
        yield_();
        String trimmed = text.strip(); // [strip]
        return done(Integer.parseInt(trimmed)); // [parse]
    }

    @Threaded
    InProgress<Integer> load(String text) {
        return done(Integer.parseInt(text)); // [load]
    }

    @Coroutine
    InProgress<Integer> viaThread(String text) {
        yield_();
        int loaded = yield_(load(text)); // [viaThread]
        return done(loaded);
    }

    @Coroutine
    InProgress<Integer> viaTimeout(String text) {
        int parsed = yield_(parse(text).timeout(Duration.ofSeconds(30))); // [viaTimeout]
        return done(parsed);
    }

    @Coroutine
    InProgress<String> slowInner() {
        yield_(delay(Duration.ofHours(1))); // [slowInner]
        return done("late");
    }

    @Coroutine
    InProgress<String> viaAbortingTimeout() {
        String value = yield_(slowInner().timeout(Duration.ofMillis(20), true)); // [viaAbortingTimeout]
        return done(value);
    }

    @Coroutine
    InProgress<String> aboveAbortingTimeout() {
        String value = yield_(viaAbortingTimeout()); // [aboveAbortingTimeout]
        return done(value);
    }

    @Coroutine
    InProgress<java.util.List<Integer>> viaAll(String text) {
        yield_();
        return InProgress.all(middle(text), middle("1"));
    }

    @Threaded
    InProgress<String> blockingJob() {
        jobStarted.countDown();
        try {
            releaseJob.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return done("released");
    }

    @Coroutine
    InProgress<String> waitsForJob() {
        String result = yield_(blockingJob()); // [waitsForJob]
        return done(result);
    }

    @Coroutine
    InProgress<Void> waitsForCoroutine() {
        yield_(waitsForJob()); // [waitsForCoroutine]
        return done();
    }

    @Coroutine
    InProgress<Void> sleeps() {
        yield_(delay(Duration.ofHours(1))); // [sleeps]
        return done();
    }

    @Coroutine(policy = Policy.SYNCHRONIZED)
    InProgress<Void> oneAtATime(InProgress<Void> gate) {
        yield_(gate); // [oneAtATime]
        return done();
    }

    @Coroutine
    InProgress<Void> holdsTheLoop(CountDownLatch entered, CountDownLatch release) throws InterruptedException {
        yield_();
        entered.countDown();
        release.await(); // [holdsTheLoop]
        return done();
    }

    @Coroutine
    InProgress<Integer> nested(int depth) {
        yield_(); // each level starts the next from the loop: no deep synchronous descent
        if (depth == 0) {
            throw new IllegalStateException("the deepest level fails");
        }
        int value = yield_(nested(depth - 1)); // [nested]
        return done(value);
    }

    @Coroutine
    InProgress<Integer> delegates(String text) {
        yield_();
        return load(text);
    }

    @Coroutine
    InProgress<Integer> viaDelegate(String text) {
        int loaded = yield_(delegates(text)); // [viaDelegate]
        return done(loaded);
    }

    @Coroutine
    InProgress<Void> finishes(InProgress<String> target) {
        yield_();
        target.finish("done"); // [finishes]
        return done();
    }
}
