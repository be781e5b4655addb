package app;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kaa.*;
import org.junit.jupiter.api.*;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimeoutExp extends VirtualTimeTest {
    @Test @Order(1)
    void preemptiveAroundVirtualTimeAwait() {
        String v = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> Probe.create().sleepThenLog("p", Duration.ofHours(1)).await());
        assertEquals("p", v);
        assertEquals(Duration.ofHours(1), elapsed());
    }

    @Test @Order(2)
    void nonPreemptiveAroundVirtualTimeAwait() {
        assertTimeout(Duration.ofSeconds(2), () -> Probe.create().sleepThenLog("q", Duration.ofDays(1)).await());
    }

    @Test @Order(3)
    void preemptiveTimeoutFiresOnAHangingAwait() {
        InProgress<String> never = new InProgress<>();
        AssertionError e = assertThrows(AssertionError.class,
                () -> assertTimeoutPreemptively(Duration.ofMillis(300), () -> never.await()));
        System.out.println("3: " + e.getMessage() + " | notifier now: " + Main.notifier());
    }

    @Test @Order(4)
    void nextTestAfterPreemptiveTimeout() {
        System.out.println("4: setNotifier worked; " + Main.notifier());
        assertEquals("r", Probe.create().sleepThenLog("r", Duration.ofMinutes(1)).await());
    }

    @Test @Order(5)
    @Timeout(value = 300, unit = TimeUnit.MILLISECONDS)
    void sameThreadTimeoutOnHangingAwait() {
        InProgress<String> never = new InProgress<>();
        try {
            never.await();
        } catch (InProgressAbortedException e) {
            System.out.println("5: await ended with " + e + "; interrupted flag after: " + Thread.currentThread().isInterrupted());
            throw e;
        }
    }

    @Test @Order(6)
    @Timeout(value = 300, unit = TimeUnit.MILLISECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void separateThreadTimeoutOnHangingAwait() {
        new InProgress<String>().await();
    }

    @Test @Order(7)
    void afterTimeouts() {
        System.out.println("7: " + Main.notifier());
        assertEquals("s", Probe.create().sleepThenLog("s", Duration.ofMinutes(1)).await());
    }

    @Test @Order(8)
    void awaitDurationOnVirtualTimeIsVirtual() {
        long t0 = System.nanoTime();
        assertThrows(InProgressTimeoutException.class, () -> new InProgress<String>().await(Duration.ofMinutes(10)));
        System.out.println("8: await(10 min) took " + (System.nanoTime() - t0) / 1_000_000 + " ms real, virtual " + elapsed());
    }

    @Test @Order(9)
    void interruptFlagAfterAbortedAwait() {
        Thread.currentThread().interrupt();
        try {
            new InProgress<String>().await();
            fail("await returned");
        } catch (InProgressAbortedException e) {
            System.out.println("9: " + e.getMessage() + "; interrupted flag after: " + Thread.interrupted());
        }
    }
}
