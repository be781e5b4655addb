package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NotifierReports.class)
class IOMonitorTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final Notifier notifier = new Notifier();

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    @Test
    void theHandlerRunsOnTheLoopThreadWithTheReadyOperations() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            List<String> seen = new ArrayList<>();
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> {
                ByteBuffer buffer = ByteBuffer.allocate(8);
                source.read(buffer);
                seen.add(ready + (notifier.isLoopThread() ? " on loop, " : " elsewhere, ") + buffer.position());
            });
            monitor.watch(IOMonitor.READ);
            sink.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));

            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> !seen.isEmpty()));

            assertEquals(List.of(IOMonitor.READ + " on loop, 3"), seen);
            assertFalse(source.isBlocking(), "watch() made the channel non-blocking");
        }
    }

    @Test
    void watchingNothingStopsTheCallsAndWatchingAgainResumesThem() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            AtomicInteger calls = new AtomicInteger();
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> {
                calls.incrementAndGet();
            });
            monitor.watch(IOMonitor.READ);
            sink.write(ByteBuffer.wrap(new byte[] {1}));
            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> calls.get() > 0));

            monitor.watch(0);
            int before = calls.get();
            for (int i = 0; i < 5; i++) {
                notifier.enqueue(() -> { });
                notifier.step(); // the byte is still unread: level-triggered, it would be reported again
            }
            assertEquals(before, calls.get());
            assertEquals(0, monitor.interest());
            assertTrue(monitor.isRegistered());

            monitor.watch(IOMonitor.READ);
            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> calls.get() > before));
        }
    }

    @Test
    void aWatchFromAnotherThreadWakesASleepingLoop() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            sink.write(ByteBuffer.wrap(new byte[] {1}));
            AtomicInteger calls = new AtomicInteger();
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> {
                calls.incrementAndGet();
                source.read(ByteBuffer.allocate(1));
            });
            Thread other = new Thread(() -> monitor.watch(IOMonitor.READ));
            notifier.schedule(0, other::start);

            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> calls.get() > 0));
            other.join();
        }
    }

    @Test
    void aHandlerThatThrowsIsReportedAndTheLoopGoesOn() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            List<Throwable> reported = new ArrayList<>();
            notifier.exceptionSignal().connect(reported::add);
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> {
                source.read(ByteBuffer.allocate(1));
                throw new IllegalStateException("handler failed");
            });
            monitor.watch(IOMonitor.READ);
            sink.write(ByteBuffer.wrap(new byte[] {1}));
            AtomicInteger ran = new AtomicInteger();

            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> !reported.isEmpty()));
            notifier.enqueue(ran::incrementAndGet);
            notifier.step();

            assertEquals("handler failed", reported.get(0).getMessage());
            assertEquals(1, ran.get());
        }
    }

    @Test
    void unregisterIsFinal() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> { });
            monitor.watch(IOMonitor.READ);
            monitor.unregister();
            monitor.unregister();

            assertFalse(monitor.isRegistered());
            assertThrows(IllegalStateException.class, () -> monitor.watch(IOMonitor.READ));
            assertTrue(source.isOpen() && sink.isOpen(), "unregistering leaves the channel open");
        }
    }

    @Test
    void anOperationTheChannelDoesNotSupportIsRejected() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> { });
            assertThrows(IllegalArgumentException.class, () -> monitor.watch(IOMonitor.WRITE));
            assertThrows(IllegalArgumentException.class, () -> new IOMonitor(notifier, sink, ready -> { }).watch(IOMonitor.READ));
        }
    }

    @Test
    void watchingAClosedChannelFailsClearly() throws Exception {
        Pipe pipe = Pipe.open();
        pipe.sink().close();
        pipe.source().close();
        IOMonitor monitor = new IOMonitor(notifier, pipe.source(), ready -> { });
        assertThrows(UncheckedIOException.class, () -> monitor.watch(IOMonitor.READ));
    }

    @Test
    void afterTheNotifierIsClosedAWatchRegistersWithItsNewSelector() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            AtomicInteger calls = new AtomicInteger();
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> {
                calls.incrementAndGet();
                source.read(ByteBuffer.allocate(1));
            });
            monitor.watch(IOMonitor.READ);
            notifier.close();
            assertFalse(monitor.isRegistered());

            monitor.watch(IOMonitor.READ);
            sink.write(ByteBuffer.wrap(new byte[] {1}));
            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> calls.get() > 0));
        }
    }

    /** Runs {@code turns} loop iterations that each have an enqueued task to run (a coroutine yielding, say). */
    private void spin(int turns) {
        AtomicInteger done = new AtomicInteger();
        Runnable task = new Runnable() {
            @Override
            public void run() {
                if (done.incrementAndGet() < turns) {
                    notifier.enqueue(this);
                }
            }
        };
        notifier.enqueue(task);
        notifier.loopUntil(() -> done.get() == turns);
    }

    @Test
    void aRegisteredMonitorWatchingNothingCostsABusyLoopNoSelect() throws Exception {
        Pipe pipe = Pipe.open();
        pipe.sink().close();
        try (Pipe.SourceChannel source = pipe.source()) {
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> source.read(ByteBuffer.allocate(8)));
            monitor.watch(IOMonitor.READ);
            monitor.watch(0);
            assertTrue(monitor.isRegistered());
            spin(1); // the select that deregisters nothing, the wakeups of the watch() calls
            long before = notifier.selectCount();

            spin(100);
            assertEquals(before, notifier.selectCount(), "selects while the only monitor watches nothing");

            monitor.watch(IOMonitor.READ);
            spin(100);
            assertTrue(notifier.selectCount() >= before + 99, "a watched channel is polled on every busy iteration, "
                    + "selected " + (notifier.selectCount() - before) + " times");
            monitor.unregister();
        }
    }

    @Test
    void aWatchFromAnotherThreadIsSeenByALoopThatSpinsWithoutSelecting() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            AtomicBoolean called = new AtomicBoolean();
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> {
                source.read(ByteBuffer.allocate(8));
                called.set(true);
            });
            monitor.watch(IOMonitor.READ);
            monitor.watch(0);
            sink.write(ByteBuffer.wrap(new byte[] {1}));
            CountDownLatch spinning = new CountDownLatch(1);
            Thread watcher = new Thread(() -> {
                try {
                    spinning.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                monitor.watch(IOMonitor.READ);
            });
            watcher.start();
            Runnable busy = new Runnable() {
                @Override
                public void run() {
                    spinning.countDown();
                    if (!called.get()) {
                        notifier.enqueue(this); // never idle: the loop never sleeps in the selector
                    }
                }
            };
            notifier.enqueue(busy);

            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(called::get));
            watcher.join();
            monitor.unregister();
        }
    }

    @Test
    void aChannelClosedAndUnregisteredIsReleasedWhileTheLoopSpins() throws Exception {
        Pipe pipe = Pipe.open();
        Pipe.SourceChannel source = pipe.source();
        try (Pipe.SinkChannel sink = pipe.sink()) {
            sink.configureBlocking(false);
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> { });
            monitor.watch(IOMonitor.READ);
            monitor.watch(0);
            AtomicBoolean writeFailed = new AtomicBoolean();
            Runnable closeAndProbe = new Runnable() {
                @Override
                public void run() {
                    try {
                        if (source.isOpen()) {
                            source.close(); // a registered channel: the JDK closes it when its key is deregistered
                            monitor.unregister();
                        }
                        sink.write(ByteBuffer.wrap(new byte[] {1}));
                        notifier.enqueue(this);
                    } catch (IOException brokenPipe) {
                        writeFailed.set(true);
                    }
                }
            };
            notifier.enqueue(closeAndProbe);

            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(writeFailed::get));
        }
    }
}
