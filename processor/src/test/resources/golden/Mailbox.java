import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kaa.*;
import static kaa.Async.*;

/** Policies and @Threaded: what changes in the generated entry points. */
public abstract class Mailbox {
    /** One delivery at a time, in call order. */
    @Coroutine(policy = Policy.SYNCHRONIZED)
    InProgress<Void> deliver(String message) throws IOException {
        yield_(store(message), IOException.class);
        return done();
    }

    /** Every call while one runs shares it. */
    @Coroutine(policy = Policy.SINGLETON)
    InProgress<Integer> countUnread() {
        yield_();
        return done(0);
    }

    /** Each call extends the previous unfinished one. */
    @Coroutine(policy = Policy.PASS_LAST)
    static InProgress<String> digest(String line) {
        CoroutineInProgress<String> previous = last();
        String before = previous == null ? "" : yield_(previous) + "\n";
        return done(before + line);
    }

    /** Blocking file I/O on the "io" pool. */
    @Threaded(pool = "io", priority = 1)
    InProgress<Void> store(String message) throws IOException {
        Files.writeString(Path.of("mailbox.txt"), message);
        return done();
    }

    /** On a thread of its own. */
    @Threaded
    static InProgress<Long> size() throws IOException {
        return done(Files.size(Path.of("mailbox.txt")));
    }
}
