// try-with-resources with suspensions in the body: resources close in reverse order, exactly once, also when
// the body throws; a failing close() is added as suppressed; an existing variable can be the resource.
// OUTPUT:
// open a
// open b
// using a
// using b
// close b
// close a
// open c
// using c
// close c
// caught body failed
// body with failing
// caught primary, suppressed close failed
// open d
// using d
// close d
// end
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class TryWithResources {
    static final class Resource implements AutoCloseable {
        final String name;

        Resource(String name) {
            this.name = name;
            System.out.println("open " + name);
        }

        String use() {
            return "using " + name;
        }

        @Override
        public void close() {
            System.out.println("close " + name);
        }
    }

    static final class Failing implements AutoCloseable {
        @Override
        public void close() {
            throw new IllegalArgumentException("close failed");
        }

        @Override
        public String toString() {
            return "failing";
        }
    }

    @Coroutine
    InProgress<String> run() {
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            yield_();
            System.out.println(a.use());
            String value = yield_(later(b.use()));
            System.out.println(value);
        }
        try (Resource c = new Resource("c")) {
            yield_();
            System.out.println(c.use());
            throw new IllegalStateException("body failed");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
        try (Failing failing = new Failing()) {
            yield_();
            System.out.println("body with " + failing);
            throw new IllegalStateException("primary");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + ", suppressed "
                    + e.getSuppressed()[0].getMessage());
        }
        Resource d = new Resource("d");
        try (d) {
            yield_();
            System.out.println(d.use());
        }
        return done("end");
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        TryWithResources coroutines = new TryWithResources_Coroutines();
        System.out.println(coroutines.run().await());
    }
}
