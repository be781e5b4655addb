package app;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.time.Duration;
import kaa.*;
import org.junit.jupiter.api.*;

/** One Notifier per test, as the README's @BeforeEach does: do the old ones hold resources? */
class FdLeakExp {
    static int fds() { return new File("/proc/self/fd").list().length; }

    static int threads() { return Thread.activeCount(); }

    @Test
    void thousandTestsWorthOfNotifiers() {
        int before = fds(), tBefore = threads();
        for (int i = 0; i < 1000; i++) {
            Main.setNotifier(new Notifier(new ManualTicker()));         // @BeforeEach
            Probe.create().sleepThenLog("x", Duration.ofSeconds(1)).await();  // the test
        }
        System.gc();
        System.out.println("fds before=" + before + " after=" + fds() + "; threads before=" + tBefore + " after=" + threads());
    }

    @Test
    void thousandTestsWithWakeUpFromAnotherThread() throws Exception {
        int before = fds();
        for (int i = 0; i < 300; i++) {
            Main.setNotifier(new Notifier(new ManualTicker()));
            InProgress<String> ip = new InProgress<>();
            Thread t = new Thread(() -> { try { Thread.sleep(1); } catch (InterruptedException e) {} ip.finish("x"); });
            t.start();
            ip.await();
            t.join();
        }
        System.gc();
        System.out.println("cross-thread: fds before=" + before + " after=" + fds());
    }

    @Test
    void closingTheOldOne() {
        int before = fds();
        for (int i = 0; i < 1000; i++) {
            Notifier n = new Notifier(new ManualTicker());
            Main.setNotifier(n);
            Probe.create().sleepThenLog("x", Duration.ofSeconds(1)).await();
            n.close();                                                    // @AfterEach
        }
        System.out.println("with close(): fds before=" + before + " after=" + fds());
    }
}
