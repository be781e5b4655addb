package app;

import static org.junit.jupiter.api.Assertions.*;

import kaa.*;
import org.junit.jupiter.api.*;

/** One test uses Main.run() (an app's main loop); the pool from @BeforeAll is gone afterwards. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoolRunExp extends VirtualTimeTest {
    @BeforeAll
    static void pools() {
        ThreadPool.builder("io").size(2).register();
    }

    @Test @Order(1)
    void runsTheMainLoop() {
        Probe.create().onPool("x").connect(v -> { System.out.println("run: " + v); Main.stop(); });
        Main.run();
        System.out.println("after run, in test 1: " + describe());
    }

    static String describe() {
        try { return ThreadPool.named("io").toString(); } catch (IllegalArgumentException e) { return e.getMessage(); }
    }

    @Test @Order(2)
    void usesPoolAgain() {
        System.out.println("test 2 starts: " + describe());
        System.out.println("after run: " + Probe.create().onPool("y").await());
    }
}
