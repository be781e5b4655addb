package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NotifierReports.class)
class SignalTest {
    private final Signal<String> signal = new Signal<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Notifier notifier = new Notifier(new ManualTicker());

    @BeforeEach
    void useTestNotifier() {
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    @Test
    void emitCallsCallbacksInConnectionOrderWithTheValue() {
        signal.connect(v -> log.add("a " + v));
        signal.connect(v -> log.add("b " + v));

        signal.emit("x");

        assertEquals(List.of("a x", "b x"), log);
    }

    @Test
    void connectFirstPutsACallbackInFront() {
        signal.connect(v -> log.add("later"));
        signal.connectFirst(v -> log.add("first"));

        signal.emit("x");

        assertEquals(List.of("first", "later"), log);
    }

    @Test
    void aOnceCallbackIsRemovedBeforeItIsCalled() {
        Consumer<String> once = v -> {
            log.add("once " + v + " count=" + signal.count());
            signal.emit("again"); // re-entrant emission must not call it a second time
        };
        signal.connectOnce(once);

        signal.emit("x");
        signal.emit("y");

        assertEquals(List.of("once x count=0"), log);
        assertFalse(signal.disconnect(once));
    }

    @Test
    void emitIteratesTheCallbacksConnectedWhenItStarted() {
        Consumer<String> late = v -> log.add("late " + v);
        Consumer<String> second = v -> log.add("second " + v);
        signal.connect(v -> {
            log.add("first " + v);
            signal.connect(late);
            signal.disconnect(second);
        });
        signal.connect(second);

        signal.emit("1");
        signal.emit("2");

        assertEquals(List.of("first 1", "second 1", "first 2", "late 2"), log);
    }

    @Test
    void disconnectSaysWhetherTheCallbackWasConnected() {
        Consumer<String> callback = log::add;
        signal.connect(callback);

        assertTrue(signal.disconnect(callback));
        assertFalse(signal.disconnect(callback));
        signal.emit("x");
        assertEquals(List.of(), log);
    }

    @Test
    void connectingTheSameCallbackTwiceKeepsOneConnection() {
        Consumer<String> callback = log::add;

        assertTrue(signal.connect(callback));
        assertFalse(signal.connect(callback));
        assertFalse(signal.connectFirst(callback));
        signal.emit("x");

        assertEquals(List.of("x"), log);
        assertEquals(1, signal.count());
    }

    @Test
    void disconnectAllAndCount() {
        signal.connect(log::add);
        signal.connectOnce(log::add);
        assertEquals(2, signal.count());

        signal.disconnectAll();

        assertEquals(0, signal.count());
        signal.emit("x");
        assertEquals(List.of(), log);
    }

    @Test
    void aThrowingCallbackIsReportedAndTheOthersStillRun() {
        List<Throwable> reported = new ArrayList<>();
        notifier.exceptionSignal().connect(reported::add);
        RuntimeException failure = new RuntimeException("callback broke");
        signal.connect(v -> log.add("before"));
        signal.connect(v -> {
            throw failure;
        });
        signal.connect(v -> log.add("after"));

        signal.emit("x");

        assertEquals(List.of("before", "after"), log);
        assertEquals(List.of(failure), reported);
    }

    @Test
    void aWeakCallbackGetsItsOwnerAndIsDroppedOnceTheOwnerIsCollected() {
        StringBuilder owner = new StringBuilder("owner");
        signal.connectWeak(owner, (o, v) -> log.add(o + " " + v));
        signal.emit("x");
        assertEquals(List.of("owner x"), log);

        WeakReference<Object> collected = new WeakReference<>(owner);
        owner = null;
        assertTrue(Gc.collect(collected), "the owner should be collectable: the signal must hold it weakly");

        assertEquals(0, signal.count());
        signal.emit("y");
        assertEquals(List.of("owner x"), log);
    }

    @Test
    void nextIsFinishedByTheNextEmission() {
        InProgress<String> next = signal.next();
        assertFalse(next.isFinished());

        signal.emit("first");
        signal.emit("second");

        assertTrue(next.isFinished());
        assertEquals("first", next.result());
        assertEquals(0, signal.count());
    }

    @Test
    void connectingAndEmittingFromManyThreadsLosesNoConnection() {
        AtomicInteger calls = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    signal.connect(v -> calls.incrementAndGet());
                    signal.emit("x");
                }
            }));
        }

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
        });

        assertEquals(2000, signal.count());
        int before = calls.get();
        signal.emit("x");
        assertEquals(before + 2000, calls.get());
    }

    @Test
    void anEmittedNullReachesTheCallbacks() {
        Signal<Void> bare = new Signal<>();
        List<Object> values = new ArrayList<>();
        bare.connect(values::add);

        bare.emit(null);

        assertEquals(1, values.size());
        assertSame(null, values.get(0));
    }
}
