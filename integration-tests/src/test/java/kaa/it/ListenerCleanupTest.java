package kaa.it;

import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.InProgressTimeoutException;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import kaa.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A listener that outlived its purpose counted as someone waiting, so an abort no longer cascaded (bug report D3,
 * StaleListenerCascade); aborting queued SYNCHRONIZED invocations newest-first was quadratic (D12, SyncQueue).
 */
@ExtendWith(NotifierReports.class)
class ListenerCleanupTest {
    private Notifier notifier;
    private final List<Throwable> reported = new ArrayList<>();

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
        assertEquals(List.of(), reported);
    }

    abstract static class Fetcher {
        final List<String> trace = new ArrayList<>();

        /** Waits briefly for a quick answer, else keeps waiting. */
        @Coroutine
        InProgress<String> fetch(InProgress<String> job) {
            try {
                return done(yield_(job.timeout(Duration.ofMillis(10))));
            } catch (InProgressTimeoutException slow) {
                trace.add("slow; listeners on the job: " + job.listenerCount());
            }
            return done(yield_(job));
        }
    }

    @Test
    void abortingACoroutineAbortsWhatItAwaitsAfterATimedOutTimeoutOnIt() {
        Fetcher fetcher = new ListenerCleanupTest_Fetcher_Coroutines();
        InProgress<String> job = new InProgress<>();
        InProgress<String> fetching = fetcher.fetch(job);
        notifier.loopUntil(() -> !fetcher.trace.isEmpty());
        assertEquals(List.of("slow; listeners on the job: 0"), fetcher.trace);
        assertEquals(1, job.listenerCount()); // the coroutine alone

        assertTrue(fetching.abort());

        assertInstanceOf(InProgressAbortedException.class, fetching.exception());
        assertTrue(job.isFailed(), "the abort cascades to the job nobody else waits for: " + job);
        assertInstanceOf(InProgressAbortedException.class, job.exception());
    }

    abstract static class Sender {
        @Coroutine(policy = Policy.SYNCHRONIZED)
        InProgress<Integer> send(InProgress<Integer> value) {
            return done(yield_(value));
        }
    }

    @Test
    void queuedSynchronizedInvocationsAbortedNewestFirstLeaveTheQueueInOrder() {
        Sender sender = new ListenerCleanupTest_Sender_Coroutines();
        InProgress<Integer> gate = new InProgress<>();
        InProgress<Integer> first = sender.send(gate);
        List<InProgress<Integer>> queued = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            queued.add(sender.send(InProgress.finished(i)));
        }
        for (int i = queued.size() - 1; i >= 0; i--) {
            assertTrue(queued.get(i).abort());
        }
        InProgress<Integer> after = sender.send(InProgress.finished(-1));
        assertFalse(after.isFinished());

        gate.finish(7);

        assertEquals(7, first.result());
        assertEquals(-1, after.result(), "the one queued after the aborted ones runs next");
        assertTrue(queued.stream().allMatch(InProgress::isFailed));
    }
}
