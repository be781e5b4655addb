package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every derived object takes back what it added to its sources when it finishes, is aborted or times out (bug reports
 * D3, D4, D5, D11 in shared/bugs/runtime: TimeoutLeak, WeakDedup, SignalNextAbort, WeakPile).
 */
@ExtendWith(NotifierReports.class)
class ListenerCleanupTest {
    private final ManualTicker clock = new ManualTicker();
    private final Notifier notifier = new Notifier(clock);
    private Notifier previous;
    private final List<Throwable> reported = new ArrayList<>();

    @BeforeEach
    void useTheNotifier() {
        previous = Main.notifier();
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void restore() {
        Main.setNotifier(previous);
        notifier.close();
        assertEquals(List.of(), reported);
    }

    // ---------------------------------------------------------------------------------------------- D3

    @Test
    void aTimeoutThatExpiresLeavesNoListenerOnItsSource() { // TimeoutLeak timeout
        InProgress<String> never = new InProgress<>();
        for (int i = 0; i < 1000; i++) {
            InProgress<String> derived = never.timeout(Duration.ZERO);
            notifier.loopUntil(derived::isFinished);
            assertInstanceOf(InProgressTimeoutException.class, derived.exception());
        }
        assertEquals(0, never.listenerCount());
    }

    @Test
    void anAbortedTimeoutLeavesNoListenerOnItsSourceAndNoTimer() { // TimeoutLeak timeout-abort
        InProgress<String> never = new InProgress<>();
        InProgress<String> keeper = never.noAbort(); // awaited elsewhere: the aborts do not reach it
        for (int i = 0; i < 1000; i++) {
            assertTrue(never.timeout(Duration.ofHours(1)).abort());
        }
        assertEquals(1, never.listenerCount(), "only the keeper's");
        keeper.abort();
        assertEquals(0, never.listenerCount());
        notifier.schedule(Duration.ofHours(2).toNanos(), () -> { });
        notifier.step(); // only the sentinel: the aborted timeouts' timers were stopped
        assertFalse(never.isFinished());
    }

    @Test
    void aTimeoutThatAbortsItsSourceStillFailsWithTheTimeout() {
        InProgress<String> slow = new InProgress<>();
        InProgress<String> derived = slow.timeout(Duration.ofMillis(5), true);
        notifier.loopUntil(derived::isFinished);
        assertInstanceOf(InProgressTimeoutException.class, derived.exception());
        assertInstanceOf(InProgressTimeoutException.class, slow.exception());
    }

    @Test
    void anAbortedNoAbortViewLeavesNoListenerOnItsSource() { // TimeoutLeak noAbort
        InProgress<String> never = new InProgress<>();
        for (int i = 0; i < 1000; i++) {
            never.noAbort().abort();
        }
        assertEquals(0, never.listenerCount());
        assertFalse(never.isFinished());
    }

    @Test
    void anyTakesItsListenersOffTheLosers() { // TimeoutLeak any
        InProgress<String> never = new InProgress<>();
        for (int i = 0; i < 1000; i++) {
            InProgress<String> other = new InProgress<>();
            InProgress<AnyResult<String>> first = InProgress.any(never, other);
            other.finish("x");
            assertEquals(1, first.result().index());
        }
        assertEquals(0, never.listenerCount());

        InProgress<AnyResult<String>> settled = InProgress.any(never, InProgress.finished("done"), never);
        assertEquals(1, settled.result().index());
        assertEquals(0, never.listenerCount(), "a child after the winner is not connected, one before it is released");

        InProgress<String> keeper = never.noAbort();
        InProgress<AnyResult<String>> aborted = InProgress.any(never);
        assertEquals(2, never.listenerCount());
        aborted.abort();
        assertEquals(1, never.listenerCount(), "only the keeper's");
        assertFalse(never.isFinished());
    }

    @Test
    void anAbortedAllLeavesNoListenerOnItsChildren() {
        InProgress<String> never = new InProgress<>();
        InProgress<String> keeper = never.noAbort();
        InProgress<List<String>> all = InProgress.all(never, InProgress.finished("x"));
        assertEquals(2, never.listenerCount());
        all.abort();
        assertEquals(1, never.listenerCount(), "only the keeper's");
        assertFalse(never.isFinished());
    }

    @Test
    void manyListenersOnOneInProgressFireOnceInOrderAfterRemovals() {
        InProgress<String> ip = new InProgress<>();
        List<Integer> fired = new ArrayList<>();
        List<kaa.internal.Listener> listeners = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            kaa.internal.Listener listener = source -> fired.add(n);
            listeners.add(listener);
            ip.addListener(listener); // appended in place: O(1) amortised
        }
        InProgress<String> view = ip.noAbort(); // a list that shares the array, then one that must copy
        view.abort();
        for (int i = 0; i < listeners.size(); i += 2) {
            assertTrue(ip.removeListener(listeners.get(i)));
        }
        assertEquals(5_000, ip.listenerCount());

        ip.finish("done");

        assertEquals(5_000, fired.size());
        for (int i = 0; i < fired.size(); i++) {
            assertEquals(2 * i + 1, fired.get(i));
        }
    }

    // ---------------------------------------------------------------------------------------------- D5

    @Test
    void anAbortedNextIsDisconnectedAndTheNextEmissionReportsNothing() { // SignalNextAbort
        Signal<String> rare = new Signal<>();
        for (int i = 0; i < 1000; i++) {
            rare.next().abort();
        }
        assertEquals(0, rare.count());
        InProgress<String> waiting = rare.next();
        rare.emit("event");
        assertEquals("event", waiting.result());
        assertEquals(0, rare.count());
    }

    // ---------------------------------------------------------------------------------------------- D4, D11

    static final class Window {
        int size;

        void attach(Signal<Integer> resized) {
            assertTrue(resized.connectWeak(this, (w, newSize) -> w.size = newSize)); // one shared lambda
        }
    }

    @Test
    void oneSharedCallbackConnectsEveryOwner() { // WeakDedup
        Signal<Integer> resized = new Signal<>();
        Window w1 = new Window();
        Window w2 = new Window();
        w1.attach(resized);
        w2.attach(resized);
        assertEquals(2, resized.count());

        resized.emit(42);

        assertEquals(42, w1.size);
        assertEquals(42, w2.size);
    }

    @Test
    void theSameOwnerAndCallbackConnectOnceAndDisconnectByOwner() {
        Signal<Integer> resized = new Signal<>();
        Window w1 = new Window();
        Window w2 = new Window();
        BiConsumer<Window, Integer> resize = (w, newSize) -> w.size = newSize;
        assertTrue(resized.connectWeak(w1, resize));
        assertFalse(resized.connectWeak(w1, resize));
        assertTrue(resized.connectWeak(w2, resize));

        assertTrue(resized.disconnectWeak(w2, resize));
        resized.emit(7);

        assertEquals(7, w1.size);
        assertEquals(0, w2.size);
        assertTrue(resized.disconnect(resize));
        assertEquals(0, resized.count());
    }

    @Test
    void deadWeakConnectionsAreDroppedWithoutAnEmission() { // WeakPile
        Signal<String> quiet = new Signal<>();
        Object probe = new Object();
        WeakReference<Object> collected = new WeakReference<>(probe);
        quiet.connectWeak(probe, (owner, value) -> { });
        probe = null;
        for (int i = 0; i < 1000; i++) {
            int k = i;
            quiet.connectWeak(new Object(), (owner, value) -> assertEquals(-1, k));
        }
        assertTrue(Gc.collect(collected));
        Object neverConnected = new Object();
        for (int attempt = 0; attempt < 50 && quiet.connections() > 0; attempt++) {
            System.gc();
            Thread.yield();
            assertFalse(quiet.disconnect(neverConnected)); // any change drops what the collector has reported
        }
        assertEquals(0, quiet.connections());
    }
}
