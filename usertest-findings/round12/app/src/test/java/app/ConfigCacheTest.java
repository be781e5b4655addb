package app;

import static org.junit.jupiter.api.Assertions.*;

import kaa.*;
import org.junit.jupiter.api.Test;

class ConfigCacheTest extends VirtualTimeTest {
    @Test
    void singletonSharesOneLoad() {
        InProgress<String> remote = new InProgress<>();
        ConfigCache cache = new ConfigCache_Coroutines() {
            @Override protected InProgress<String> loadRemote() { return remote; }
        };
        InProgress<String> a = cache.get();
        InProgress<String> b = cache.get();
        assertSame(a, b);
        remote.finish("cfg");
        assertEquals("cfg", a.await());
        assertEquals(1, cache.loads);
        assertEquals("cfg", cache.get().await());
        assertEquals(1, cache.loads);
    }

    @Test
    void failedLoadIsRetriedOnNextCall() {
        int[] n = {0};
        ConfigCache cache = new ConfigCache_Coroutines() {
            @Override protected InProgress<String> loadRemote() {
                return n[0]++ == 0 ? InProgress.failed(new IllegalStateException("boom")) : InProgress.finished("ok");
            }
        };
        assertThrows(IllegalStateException.class, () -> cache.get().await());
        assertEquals("ok", cache.get().await());
    }
}
