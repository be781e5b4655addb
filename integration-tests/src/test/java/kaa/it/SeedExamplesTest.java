package kaa.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import kaa.OneShotTimer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The examples of kaa.base's coroutine documentation (reference/kaa-coroutines-seed.txt), ported. */
@ExtendWith(NotifierReports.class)
class SeedExamplesTest {
    private Notifier notifier;

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    /** {@code do_something()} and {@code do_something_else()} of the seed. */
    abstract static class Tasks {
        int expensiveCalls;
        /** When set, {@code doSomething} throws this after its fifth slice. */
        RuntimeException failWith;
        final List<String> printed = new ArrayList<>();

        static Tasks create() {
            return new SeedExamplesTest_Tasks_Coroutines();
        }

        void doSomethingExpensive() {
            expensiveCalls++;
        }

        @Coroutine
        InProgress<Integer> doSomething() {
            for (int i = 0; i < 10; i++) {
                doSomethingExpensive();
                if (failWith != null && i == 5) {
                    throw failWith;
                }
                yield_();
            }
            return done(42);
        }

        @Coroutine
        InProgress<Boolean> doSomethingElse() {
            Integer result;
            try {
                result = yield_(doSomething());
            } catch (RuntimeException e) {
                printed.add("do_something failed: " + e.getMessage());
                return done();
            }
            return done(result != 0);
        }
    }

    @Test
    void countingLoopYieldsTenTimesThenFinishesWith42() {
        Tasks tasks = Tasks.create();
        AtomicInteger steps = new AtomicInteger();
        notifier.stepSignal().connect(ignored -> steps.incrementAndGet());
        AtomicReference<Integer> handled = new AtomicReference<>();
        int[] stepsAtResult = {-1};

        InProgress<Integer> ip = tasks.doSomething();
        ip.connect(result -> {
            handled.set(result);
            stepsAtResult[0] = steps.get();
            Main.stop();
        });
        assertFalse(ip.isFinished(), "the loop yields, so the call cannot finish it");
        assertEquals(1, tasks.expensiveCalls, "the first step runs inside the call");

        Main.run();

        assertEquals(42, handled.get());
        assertEquals(10, tasks.expensiveCalls);
        assertTrue(stepsAtResult[0] >= 9 && steps.get() >= 10,
                "each yield_() gives the loop a turn; steps before the result: " + stepsAtResult[0]
                        + ", after run(): " + steps.get());
    }

    @Test
    void awaitingAnotherCoroutineSucceeds() {
        Tasks tasks = Tasks.create();
        InProgress<Boolean> ip = tasks.doSomethingElse();
        assertFalse(ip.isFinished());

        assertEquals(Boolean.TRUE, ip.await(Duration.ofSeconds(5)));
        assertEquals(10, tasks.expensiveCalls);
        assertEquals(List.of(), tasks.printed);
    }

    @Test
    void awaitingAnotherCoroutineCatchesItsFailure() {
        Tasks tasks = Tasks.create();
        tasks.failWith = new IllegalStateException("disk on fire");
        InProgress<Boolean> ip = tasks.doSomethingElse();

        assertNull(ip.await(Duration.ofSeconds(5)), "the except branch yields None");
        assertFalse(ip.isFailed());
        assertEquals(6, tasks.expensiveCalls);
        assertEquals(List.of("do_something failed: disk on fire"), tasks.printed);
    }

    /** A socket-like object whose operations finish later, on timers of the (virtual) notifier clock. */
    static final class FakeSocket {
        final List<String> log = new ArrayList<>();
        IOException connectFailure;
        boolean connected;
        final StringBuilder received = new StringBuilder();

        InProgress<Void> connect(String host, int port) {
            log.add("connect " + host + ":" + port);
            InProgress<Void> ip = new InProgress<>();
            new OneShotTimer(() -> {
                if (connectFailure != null) {
                    ip.fail(connectFailure);
                } else {
                    connected = true;
                    ip.finish(null);
                }
            }).start(Duration.ofMillis(30));
            return ip;
        }

        InProgress<Integer> write(byte[] data) {
            log.add("write " + data.length);
            if (!connected) {
                return InProgress.failed(new IOException("not connected"));
            }
            InProgress<Integer> ip = new InProgress<>();
            new OneShotTimer(() -> {
                received.append(new String(data, US_ASCII));
                ip.finish(data.length);
            }).start(Duration.ofMillis(5));
            return ip;
        }

        InProgress<byte[]> read() {
            log.add("read");
            InProgress<byte[]> ip = new InProgress<>();
            new OneShotTimer(() -> {
                if (received.toString().startsWith("GET / ")) {
                    ip.finish("HTTP/1.1 200 OK\r\n\r\nhello".getBytes(US_ASCII));
                } else {
                    ip.fail(new IOException("no request was written"));
                }
            }).start(Duration.ofMillis(10));
            return ip;
        }
    }

    /** {@code fetch_page(host)} of the seed. */
    abstract static class Fetcher {
        final FakeSocket socket;
        final List<String> printed = new ArrayList<>();

        Fetcher(FakeSocket socket) {
            this.socket = socket;
        }

        @Coroutine
        InProgress<String> fetchPage(String host) {
            yield_(socket.connect(host, 80));
            int written = yield_(socket.write("GET / HTTP/1.1\r\n\r\n".getBytes(US_ASCII)));
            printed.add("wrote " + written);
            String page = new String(yield_(socket.read()), US_ASCII);
            printed.add(page);
            return done(page);
        }
    }

    @Test
    void fetchPageRunsEachOperationAfterThePreviousOneFinished() {
        FakeSocket socket = new FakeSocket();
        Fetcher fetcher = new SeedExamplesTest_Fetcher_Coroutines(socket);

        InProgress<String> page = fetcher.fetchPage("example.org");
        assertEquals(List.of("connect example.org:80"), socket.log, "write waits for the connection");
        assertFalse(page.isFinished());

        assertEquals("HTTP/1.1 200 OK\r\n\r\nhello", page.await(Duration.ofSeconds(5)));
        assertEquals(List.of("connect example.org:80", "write 18", "read"), socket.log);
        assertEquals(List.of("wrote 18", "HTTP/1.1 200 OK\r\n\r\nhello"), fetcher.printed);
        assertEquals(Duration.ofMillis(45).toNanos(), notifier.nanoTime(), "30 ms connect + 5 ms write + 10 ms read");
    }

    @Test
    void fetchPageFailsWithTheSocketsFailure() {
        FakeSocket socket = new FakeSocket();
        socket.connectFailure = new ConnectException("connection refused");
        Fetcher fetcher = new SeedExamplesTest_Fetcher_Coroutines(socket);

        InProgress<String> page = fetcher.fetchPage("example.org");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        page.connectBoth(value -> Main.stop(), error -> {
            failure.set(error);
            Main.stop();
        });
        Main.run();

        assertTrue(page.isFailed());
        assertSame(socket.connectFailure, failure.get());
        assertSame(socket.connectFailure, page.exception());
        assertEquals(List.of("connect example.org:80"), socket.log, "nothing runs after the failed yield_");
        assertEquals(List.of(), fetcher.printed);
    }
}
