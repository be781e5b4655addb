package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NotifierReports.class)
class MainTest {
    private final Notifier notifier = new Notifier(new ManualTicker());
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void useTestNotifier() {
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    @Test
    void theNotifierIsTheOneSetAndStaysTheSame() {
        assertSame(notifier, Main.notifier());
        assertSame(Main.notifier(), Main.notifier());
    }

    @Test
    void staticShortcutsDriveTheCurrentNotifier() {
        Main.post(() -> log.add("posted, main thread " + Main.isMainThread()));
        assertFalse(Main.isMainThread());

        Main.step();

        assertEquals(List.of("posted, main thread true"), log);
    }

    @Test
    void runAndStopThroughMain() {
        Main.post(() -> log.add("running " + Main.isRunning()));
        Main.post(Main::stop);

        assertTimeoutPreemptively(Duration.ofSeconds(10), Main::run);

        assertEquals(List.of("running true"), log);
        assertFalse(Main.isRunning());
    }

    @Test
    void callThroughMainRunsOnTheLoop() {
        InProgress<String> result = Main.call(() -> "value");
        assertFalse(result.isFinished(), "not on the loop thread: posted");

        Main.step();

        assertEquals("value", result.result());
    }

    @Test
    void theNotifierCannotBeReplacedWhileItIsDriven() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Main.post(() -> {
            try {
                Main.setNotifier(new Notifier());
            } catch (Throwable t) {
                seen.set(t);
            }
        });

        Main.step();

        assertInstanceOf(IllegalStateException.class, seen.get());
        assertSame(notifier, Main.notifier());
    }

    @Test
    void aReplacedNotifierTakesOver() {
        try (Notifier replacement = new Notifier(new ManualTicker())) {
            Main.setNotifier(replacement);
            assertSame(replacement, Main.notifier());
            assertNotNull(Main.notifier().ticker());
            assertTrue(Main.notifier().ticker() instanceof ManualTicker);
        }
    }
    /** Usertest round 12, finding 2: a notifier per test, never closed, ran the suite out of file descriptors. */
    @Test
    void aReplacedNotifierReleasesASelectorThatOnlyServedToSleep() {
        InProgress<String> later = new InProgress<>();
        Thread finisher = new Thread(() -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            later.finish("done");
        });
        finisher.start();
        assertEquals("done", later.await()); // sleeps in the selector until the other thread finishes it
        assertNotNull(notifier.selectorIfOpen());

        try (Notifier replacement = new Notifier(new ManualTicker())) {
            Main.setNotifier(replacement);

            assertNull(notifier.selectorIfOpen(), "the replaced notifier's selector is closed");
            Main.setNotifier(notifier);
            InProgress<String> again = new InProgress<>();
            Main.post(() -> again.finish("usable"));
            assertEquals("usable", again.await(), "the replaced notifier still works, opening a selector if it must");
        }
    }

    @Test
    void aReplacedNotifierWithARegisteredChannelKeepsItsSelector() throws Exception {
        try (java.nio.channels.Pipe.SourceChannel source = java.nio.channels.Pipe.open().source()) {
            source.configureBlocking(false);
            IOMonitor monitor = new IOMonitor(source, ready -> { });
            monitor.watch(IOMonitor.READ);
            try (Notifier replacement = new Notifier(new ManualTicker())) {
                Main.setNotifier(replacement);

                assertNotNull(notifier.selectorIfOpen(), "a watched channel stays registered");
            }
        }
    }

    /**
     * Usertest round 12, finding 5: JUnit's preemptive timeout interrupts the thread in {@code await()} and starts the
     * next test at once; its {@code setNotifier} found that thread still driving, and was refused.
     */
    @Test
    void theNotifierCanBeReplacedWhileAnInterruptedAwaitLeaves() throws Exception {
        for (int round = 0; round < 200; round++) {
            Notifier current = new Notifier(new ManualTicker());
            Main.setNotifier(current);
            CountDownLatch driving = new CountDownLatch(1);
            Thread awaiting = new Thread(() -> {
                Main.post(driving::countDown);
                try {
                    new InProgress<String>().await();
                } catch (InProgressAbortedException interrupted) {
                    // the timeout
                }
            });
            awaiting.start();
            driving.await();

            awaiting.interrupt();
            Main.setNotifier(notifier); // not refused: the await is leaving

            assertSame(notifier, Main.notifier());
            awaiting.join();
            current.close();
        }
    }

    @Test
    void anAwaitThatGoesOnDrivingKeepsTheNotifier() throws Exception {
        Notifier current = new Notifier(new ManualTicker());
        Main.setNotifier(current);
        CountDownLatch driving = new CountDownLatch(1);
        InProgress<String> never = new InProgress<>();
        Thread awaiting = new Thread(() -> {
            Main.post(driving::countDown);
            try {
                never.await();
            } catch (InProgressAbortedException interrupted) {
                // the end of the test
            }
        });
        awaiting.start();
        driving.await();
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Main.setNotifier(notifier));
            assertTrue(refused.getMessage().contains("cannot replace the notifier while a thread drives it"),
                    refused.getMessage());
            assertSame(current, Main.notifier());
        } finally {
            awaiting.interrupt();
            awaiting.join();
            current.close();
        }
    }
}
