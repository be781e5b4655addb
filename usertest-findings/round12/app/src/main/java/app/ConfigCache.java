package app;

import kaa.*;
import static kaa.Async.*;

/** Loads a config once; concurrent callers share the load (SINGLETON). */
public abstract class ConfigCache {
    int loads;
    String value;

    @Coroutine(policy = Policy.SINGLETON)
    public InProgress<String> get() {
        if (value != null) {
            return done(value);
        }
        loads++;
        String v = yield_(loadRemote());
        value = v;
        return done(v);
    }

    /** The dependency: tests override it. */
    protected abstract InProgress<String> loadRemote();

    public void invalidate() {
        value = null;
    }
}
