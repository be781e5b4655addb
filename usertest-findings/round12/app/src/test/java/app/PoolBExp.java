package app;

import static org.junit.jupiter.api.Assertions.*;

import kaa.*;
import org.junit.jupiter.api.*;

/** Registers the "io" pool in @BeforeAll, as WeatherServiceTest does. */
class PoolBExp extends VirtualTimeTest {
    @BeforeAll
    static void pools() {
        System.out.println("PoolBExp registers io");
        ThreadPool.builder("io").size(2).register();
    }

    @Test
    void usesPool() {
        System.out.println("B: " + Probe.create().onPool("b").await());
    }
}
