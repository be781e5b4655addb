package app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class Pipeline {
    public static Pipeline create() {
        return new Pipeline_Coroutines();
    }

    @Coroutine
    public InProgress<Void> produce(Channel<String> out, int n, Duration every) {
        for (int i = 0; i < n; i++) {
            yield_(delay(every));
            yield_(out.send("event-" + i));
        }
        out.close();
        return done();
    }

    @Coroutine
    public InProgress<List<String>> collect(Channel<String> in) {
        List<String> got = new ArrayList<>();
        try {
            for (;;) {
                got.add(yield_(in.receive()));
            }
        } catch (ChannelClosedException end) {
            return done(got);
        }
    }
}
