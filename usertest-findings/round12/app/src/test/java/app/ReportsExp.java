package app;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import kaa.*;
import org.junit.jupiter.api.*;

/** Assertions inside callbacks; failures nobody observed. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsExp extends VirtualTimeTest {
    static InProgress<String> keptForever;
    final List<Throwable> reports = new ArrayList<>();

    @Test @Order(1)
    void assertionInCallbackIsSwallowed() {
        InProgress<String> ip = new InProgress<>();
        ip.connect(v -> assertEquals("expected", v));     // wrong on purpose
        ip.finish("actual");                              // the callback runs here, inside finish()
        System.out.println("1: test body ended normally");
    }

    @Test @Order(2)
    void sameWithOwnReportsCheck() {
        notifier.exceptionSignal().connect(reports::add);
        InProgress<String> ip = new InProgress<>();
        ip.connect(v -> assertEquals("expected", v));
        ip.finish("actual");
        System.out.println("2: reports = " + reports);
    }

    @Test @Order(3)
    void unobservedFailureKeptUntilExit() {
        keptForever = Probe.create().failLater("kept until exit, never observed");
        notifier.step();
        System.out.println("3: " + keptForever);
    }
}
