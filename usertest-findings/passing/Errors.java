import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| step1
//| caught ConfigException: bad key 'port' (line 3)
//| finally A
//| outer finally
//| result=recovered
//| cause chain: UncheckedIOException -> IOException: disk
//| failed=true msg=nope
//| order=[try, catch, finally, after]
//| nested: inner caught NumberFormatException, rethrown as IllegalArgumentException
public abstract class Errors {
    static class ConfigException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        ConfigException(String msg, int line) {
            super(msg);
            this.line = line;
        }
    }

    static <T> InProgress<T> failLater(Throwable t) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.fail(t));
        return ip;
    }

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    @Coroutine
    InProgress<String> parseConfig() throws ConfigException {
        System.out.println("step1");
        yield_();
        throw new ConfigException("bad key 'port'", 3);
    }

    @Coroutine
    InProgress<String> robust() {
        try {
            try {
                return done(yield_(parseConfig(), ConfigException.class));
            } catch (ConfigException e) {
                System.out.println("caught " + e.getClass().getSimpleName() + ": " + e.getMessage() + " (line " + e.line + ")");
                yield_();
                return done("recovered");
            } finally {
                System.out.println("finally A");
            }
        } finally {
            yield_();
            System.out.println("outer finally");
        }
    }

    @Coroutine
    InProgress<Void> wraps() {
        try {
            yield_(failLater(new IOException("disk")), IOException.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done();
    }

    @Coroutine
    InProgress<Integer> order(List<String> log) {
        int x = 0;
        try {
            log.add("try");
            x = yield_(Errors.<Integer>failLater(new IllegalStateException("nope")));
        } catch (IllegalStateException e) {
            log.add("catch");
            x = yield_(soon(-1));
        } finally {
            log.add("finally");
        }
        log.add("after");
        return done(x);
    }

    @Coroutine
    InProgress<String> nested(String s) {
        try {
            try {
                int n = Integer.parseInt(yield_(soon(s)));
                return done("n=" + n);
            } catch (NumberFormatException e) {
                yield_();
                throw new IllegalArgumentException("inner caught " + e.getClass().getSimpleName(), e);
            }
        } catch (IllegalArgumentException e) {
            return done(e.getMessage() + ", rethrown as " + e.getClass().getSimpleName());
        }
    }

    public static void main(String[] args) {
        Errors e = new Errors_Coroutines();
        System.out.println("result=" + e.robust().await());
        try {
            e.wraps().await();
        } catch (UncheckedIOException ex) {
            System.out.println("cause chain: " + ex.getClass().getSimpleName() + " -> "
                    + ex.getCause().getClass().getSimpleName() + ": " + ex.getCause().getMessage());
        }
        InProgress<Void> direct = failLater(new IllegalStateException("nope"));
        try {
            direct.await();
        } catch (IllegalStateException ex) {
            System.out.println("failed=" + direct.isFailed() + " msg=" + ex.getMessage());
        }
        var log = new ArrayList<String>();
        e.order(log).await();
        System.out.println("order=" + log);
        System.out.println("nested: " + e.nested("x1").await());
    }
}
