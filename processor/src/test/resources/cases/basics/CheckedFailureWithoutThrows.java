// A checked failure without a throws clause (usertest round 3, finding 02: a throws clause on a coroutine or a
// @Threaded method holds every caller to it, and rules out Supplier<InProgress<T>>): the body catches and returns
// InProgress.failed(e), and the caller gets the exception from the InProgress, as the README shows.
// OUTPUT:
// contents of a / contents of b
// failed: empty
import java.io.IOException;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class CheckedFailureWithoutThrows {
    @Threaded
    InProgress<String> read(String name) {
        try {
            if (name.isEmpty()) throw new IOException("empty");
            return done("contents of " + name);
        } catch (IOException e) {
            return InProgress.failed(e);
        }
    }

    @Coroutine
    InProgress<String> both(String a, String b) {
        String first;
        try {
            first = yield_(read(a), IOException.class);
        } catch (IOException e) {
            return InProgress.failed(e);
        }
        yield_();
        return done(first + " / " + yield_(read(b)));
    }

    public static void main(String[] args) {
        CheckedFailureWithoutThrows c = new CheckedFailureWithoutThrows_Coroutines();
        Supplier<InProgress<String>> later = () -> c.both("a", "b");
        System.out.println(later.get().await());
        try {
            c.both("", "b").await(IOException.class);
        } catch (IOException e) {
            System.out.println("failed: " + e.getMessage());
        }
    }
}
