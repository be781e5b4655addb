package kaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kaa.Async;
import kaa.InProgress;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import kaa.NotifierReports;

/** {@link Trampoline}: listeners run synchronously, but deep chains of completions do not grow the stack. */
@ExtendWith(NotifierReports.class)
class TrampolineTest {
    private static final int CHAIN = 100_000;

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
        assertTrue(reported.isEmpty(), () -> "unexpected reports (a test that expects some clears them): " + reported);
    }

    /** A chain where finishing element i finishes element i + 1 from its listener (recording i in {@code order}). */
    private static List<InProgress<Integer>> chain(int length, List<Integer> order) {
        List<InProgress<Integer>> chain = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            chain.add(new InProgress<>());
        }
        for (int i = 0; i < length - 1; i++) {
            InProgress<Integer> next = chain.get(i + 1);
            int index = i;
            RuntimeAccess.addListener(chain.get(i), source -> {
                if (order != null) {
                    order.add(index);
                }
                next.finish((Integer) source.result() + 1);
            });
        }
        return chain;
    }

    @Test
    void aChainOf100000CompletionsFinishesWithoutStackOverflowBeforeTheFirstFinishReturns() {
        List<InProgress<Integer>> chain = chain(CHAIN, null);
        InProgress<Integer> last = chain.get(CHAIN - 1);

        chain.get(0).finish(0);

        assertTrue(last.isFinished(), "the whole chain must finish before the first finish() returns");
        assertEquals(CHAIN - 1, last.result());
        for (InProgress<Integer> ip : chain) {
            assertTrue(ip.isFinished());
            assertFalse(ip.isFailed());
        }
        assertTrue(reported.isEmpty(), () -> "listeners failed: " + reported.get(0));
    }

    @Test
    void theChainRunsInOrder() {
        List<Integer> order = new ArrayList<>();
        List<InProgress<Integer>> chain = chain(1_000, order);

        chain.get(0).finish(0);

        assertEquals(999, order.size());
        for (int i = 0; i < order.size(); i++) {
            assertEquals(i, order.get(i));
        }
    }

    @Test
    void aChainOfCallbacksAndFailuresAlsoFinishes() {
        List<InProgress<String>> chain = new ArrayList<>(CHAIN);
        for (int i = 0; i < CHAIN; i++) {
            chain.add(new InProgress<>());
        }
        for (int i = 0; i < CHAIN - 1; i++) {
            InProgress<String> next = chain.get(i + 1);
            chain.get(i).connectBoth(v -> next.finish(v), next::fail);
        }
        RuntimeException failure = new RuntimeException("propagated");

        chain.get(0).fail(failure);

        assertSame(failure, chain.get(CHAIN - 1).exception());
        assertTrue(reported.isEmpty(), () -> "callbacks failed: " + reported.get(0));
    }

    @Test
    void aChainFinishedOnTheNotifierThreadAlsoFinishesBeforeTheFirstFinishReturns() {
        List<InProgress<Integer>> chain = chain(CHAIN, null);
        AtomicBoolean lastDoneWhenFinishReturned = new AtomicBoolean();
        notifier.enqueue(() -> {
            chain.get(0).finish(0);
            lastDoneWhenFinishReturned.set(chain.get(CHAIN - 1).isFinished());
        });

        notifier.step();

        assertTrue(lastDoneWhenFinishReturned.get());
    }

    @Test
    void aChainOnAnotherThreadUsesThatThreadsTrampoline() throws InterruptedException {
        List<InProgress<Integer>> chain = chain(CHAIN, null);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            try {
                chain.get(0).finish(0);
                done.set(chain.get(CHAIN - 1).isFinished());
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "chain");
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(20));

        assertFalse(thread.isAlive());
        assertEquals(null, failed.get());
        assertTrue(done.get());
    }

    @Test
    void dispatchCallsTheListenerAtOnceWhenNothingIsUnderWay() {
        InProgress<String> source = InProgress.finished("v");
        List<Object> got = new ArrayList<>();

        Trampoline.dispatch(got::add, source);

        assertEquals(List.of(source), got);
    }

    @Test
    void shallowNestedDispatchesRunInside() {
        InProgress<String> source = InProgress.finished("v");
        List<String> log = new ArrayList<>();

        Trampoline.dispatch(outer -> {
            log.add("outer start");
            Trampoline.dispatch(inner -> log.add("inner"), source);
            log.add("outer end");
        }, source);

        assertEquals(List.of("outer start", "inner", "outer end"), log);
    }

    @Test
    void deepDispatchesAreDeferredButRunBeforeTheOutermostReturns() {
        InProgress<String> source = InProgress.finished("v");
        AtomicInteger maxDepth = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        int total = 10_000;

        class Nest implements Listener {
            final int depth;

            Nest(int depth) {
                this.depth = depth;
            }

            @Override
            public void onDone(InProgress<?> ignored) {
                calls.incrementAndGet();
                if (depth % 97 == 0) {
                    maxDepth.accumulateAndGet(new Throwable().getStackTrace().length, Math::max);
                }
                if (depth < total) {
                    Trampoline.dispatch(new Nest(depth + 1), source);
                }
            }
        }

        Trampoline.dispatch(new Nest(1), source);

        assertEquals(total, calls.get());
        assertTrue(maxDepth.get() < 2_000, "the stack grew to " + maxDepth.get() + " frames");
    }

    @Test
    void aThrowingListenerIsReportedAndLaterOnesStillRun() {
        RuntimeException thrown = new RuntimeException("listener failed");
        List<InProgress<Integer>> chain = chain(200, null);
        InProgress<Integer> middle = chain.get(100);
        RuntimeAccess.addListener(middle, source -> {
            throw thrown;
        });
        AtomicInteger after = new AtomicInteger();
        RuntimeAccess.addListener(middle, source -> after.incrementAndGet());

        chain.get(0).finish(0);

        assertEquals(List.of(thrown), reported);
        assertEquals(1, after.get());
        assertEquals(199, chain.get(199).result());
        reported.clear(); // the reports this test expects, checked above
    }

    @Test
    void aThrowingDeferredListenerDoesNotStopTheDrain() {
        RuntimeException thrown = new RuntimeException("deep listener failed");
        InProgress<String> source = InProgress.finished("v");
        AtomicInteger calls = new AtomicInteger();
        int total = 500;

        class Nest implements Listener {
            final int depth;

            Nest(int depth) {
                this.depth = depth;
            }

            @Override
            public void onDone(InProgress<?> ignored) {
                calls.incrementAndGet();
                if (depth < total) {
                    Trampoline.dispatch(new Nest(depth + 1), source);
                }
                if (depth == 300) {
                    throw thrown;
                }
            }
        }

        Trampoline.dispatch(new Nest(1), source);

        assertEquals(total, calls.get());
        assertEquals(List.of(thrown), reported);
        reported.clear(); // the reports this test expects, checked above
    }

    @Test
    void theTrampolineIsReusableAfterAFailure() {
        // Same thread: the failure must not leave the thread's trampoline deep or with calls queued.
        aThrowingDeferredListenerDoesNotStopTheDrain();
        reported.clear();
        aChainOf100000CompletionsFinishesWithoutStackOverflowBeforeTheFirstFinishReturns();
    }

    @Test
    void aNestedLoopDeepInADispatchStillDeliversCallbacks() {
        // A listener deep in a chain awaits (a nested loop, as kaa's wait()) something that finishes through a
        // callback: that callback must run inside the nested loop, not be deferred until the outer dispatch ends.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            int length = 120;
            List<InProgress<Integer>> chain = chain(length, null);
            AtomicInteger awaited = new AtomicInteger();
            for (InProgress<Integer> link : chain) {
                // Every depth of the chain, so the one at the trampoline's limit is among them.
                RuntimeAccess.addListener(link, source -> {
                    InProgress<String> derived = new InProgress<>();
                    Async.delay(Duration.ofSeconds(1)).connect(v -> derived.finish("after delay"));
                    assertEquals("after delay", derived.await());
                    awaited.incrementAndGet();
                });
            }

            chain.get(0).finish(0);

            assertEquals(length, awaited.get());
            assertTrue(reported.isEmpty(), () -> "listeners failed: " + reported.get(0));
        });
    }
}
