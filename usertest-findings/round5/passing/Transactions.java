import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Transactions {
    static final List<String> LOG = new ArrayList<>();

    static final class Tx implements AutoCloseable {
        final String name;
        boolean committed;
        Tx(String name) { this.name = name; LOG.add("begin " + name); }
        void commit() { committed = true; LOG.add("commit " + name); }
        @Override public void close() { LOG.add((committed ? "close " : "rollback ") + name); }
    }

    @Coroutine
    InProgress<Tx> open(String name) {
        yield_(delay(Duration.ofMillis(1)));
        if (name.contains("bad")) throw new IllegalArgumentException("cannot open " + name);
        return done(new Tx(name));
    }

    @Coroutine
    InProgress<Integer> write(Tx tx, int v) {
        yield_(delay(Duration.ofMillis(v)));
        if (v < 0) throw new IllegalStateException("negative " + v);
        LOG.add(tx.name + " wrote " + v);
        return done(v);
    }

    @Coroutine
    InProgress<Integer> transfer(String from, String to, int... amounts) {
        int total = 0;
        try (Tx a = yield_(open(from)); Tx b = yield_(open(to))) {
            for (int amt : amounts) {
                total += yield_(write(a, amt));
                total += yield_(write(b, amt));
            }
            if (total > 0) { a.commit(); b.commit(); }
            return done(total);
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.add("caught " + e.getMessage());
            return done(-1);
        } finally {
            LOG.add("finally total=" + total);
        }
    }

    public static void main(String[] args) {
        Transactions t = new Transactions_Coroutines();
        System.out.println(t.transfer("x", "y", 1, 2).await());
        System.out.println(t.transfer("x", "bad-y", 1).await());
        System.out.println(t.transfer("p", "q", 1, -1, 5).await());
        var slow = t.transfer("s", "t", 1, 200);
        try {
            slow.await(Duration.ofMillis(50));
        } catch (InProgressTimeoutException e) {
            System.out.println("await timed out; aborting");
            slow.abort();
        }
        System.out.println("aborted: " + slow.isFailed() + " " + slow.exception().getClass().getSimpleName());
        var timed = t.transfer("u", "v", 100).timeout(Duration.ofMillis(20), true);
        try { timed.await(); } catch (InProgressTimeoutException e) { System.out.println("timeout: " + e.getClass().getSimpleName()); }
        LOG.forEach(System.out::println);
    }
}
