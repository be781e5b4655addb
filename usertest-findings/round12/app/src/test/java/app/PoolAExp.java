package app;

import static org.junit.jupiter.api.Assertions.*;

import kaa.*;
import org.junit.jupiter.api.*;

/** Registers the "io" pool in @BeforeAll, as WeatherServiceTest does. */
class PoolAExp extends VirtualTimeTest {
    @BeforeAll
    static void pools() {
        System.out.println("PoolAExp registers io");
        ThreadPool.builder("io").size(2).register();
    }

    @Test
    void usesPool() {
        System.out.println("A: " + Probe.create().onPool("a").await());
    }
}
