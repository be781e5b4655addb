package app;

import kaa.*;
import static kaa.Async.*;
import java.time.Duration;

/** Small coroutines the experiments use. */
public abstract class Probe {
    public static final StringBuffer log = new StringBuffer();

    public static Probe create() { return new Probe_Coroutines(); }

    @Coroutine
    public InProgress<String> sleepThenLog(String tag, Duration d) {
        log.append(tag).append(":start;");
        yield_(delay(d));
        log.append(tag).append(":woke;");
        return done(tag);
    }

    @Coroutine
    public InProgress<String> awaitGate(String tag, InProgress<String> gate) {
        String v = yield_(gate);
        log.append(tag).append(":gate=").append(v).append(";");
        yield_(delay(Duration.ofSeconds(1)));
        log.append(tag).append(":after-delay;");
        return done(v);
    }

    @Coroutine
    public InProgress<String> failLater(String msg) {
        yield_();
        throw new IllegalStateException(msg);
    }

    @Threaded(pool = "io")
    InProgress<String> onPool(String s) {
        return done(s + "@" + Thread.currentThread().getName());
    }
}
