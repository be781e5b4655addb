package kaa.it.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountdownTest {
    @Test
    void coroutineOfANamedModuleRunsInIt() {
        assertEquals("3 2 1 in kaa.it.jpms", Countdown.create().count(3).await());
    }

    @Test
    void theRuntimeIsAModuleToo() {
        Module runtime = kaa.InProgress.class.getModule();
        assertTrue(runtime.isNamed(), "kaa-runtime is on the module path");
        assertEquals("kaa.runtime", runtime.getName());
        assertTrue(Countdown.class.getModule().canRead(runtime));
    }
}
