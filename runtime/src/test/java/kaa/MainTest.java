package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
}
