package app;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import org.junit.jupiter.api.*;

/** What a suspended coroutine and an unobserved failure from test 1 do in test 2. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateLeakExp {
    static InProgress<String> gate = new InProgress<>();
    static InProgress<String> sleeper;
    static InProgress<String> gated;
    static Notifier first;
    ManualTicker clock;
    Notifier notifier;
    final List<Throwable> reports = new ArrayList<>();

    @BeforeEach
    void setUp(TestInfo info) {
        clock = new ManualTicker();
        notifier = new Notifier(clock);
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(t -> {
            System.out.println("[" + info.getDisplayName() + "] exceptionSignal: " + t);
            reports.add(t);
        });
    }

    @Test @Order(1)
    void test1LeavesWorkBehind() {
        first = notifier;
        sleeper = Probe.create().sleepThenLog("sleeper", Duration.ofHours(1));
        gated = Probe.create().awaitGate("gated", gate);
        Probe.create().failLater("unobserved failure from test 1");   // nobody looks at it
        notifier.step();                                              // let failLater fail
        assertFalse(sleeper.isFinished());
        System.out.println("test1 log: " + Probe.log);
    }

    @Test @Order(2)
    void test2NewNotifier() throws Exception {
        System.gc();
        Thread.sleep(200);
        System.gc();
        gate.finish("open");
        // drive the new notifier as far as it goes
        boolean done = notifier.loopUntil(() -> gated.isFinished(), Duration.ofHours(2));
        System.out.println("test2: gated finished=" + done + " sleeper=" + sleeper
                + " virtual elapsed=" + Duration.ofNanos(clock.nanoTime()) + " log=" + Probe.log);
        System.out.println("test2: reports on its own notifier: " + reports);
        System.out.println("old notifier: " + first + "  current: " + Main.notifier());
    }

    @Test @Order(3)
    void test3AwaitSleeperFromTest1() {
        // the sleeper's timer lives on test 1's notifier: awaiting it here drives the *current* notifier
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                System.out.println("test3: sleeper.await() = " + sleeper.await());
            } catch (Throwable t) {
                System.out.println("test3: sleeper.await() threw " + t);
                throw t;
            }
        });
    }
}
