import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class RateLimiterJ17 {
    enum Priority { LOW, NORMAL, HIGH }
    record Request(int id, Priority prio, String path) {}

    int tokens = 2;
    final int capacity = 3;
    final List<String> log = new ArrayList<>();
    kaa.Timer refill;

    void startRefill() {
        refill = new kaa.Timer(() -> { if (tokens < capacity) tokens++; }).start(Duration.ofMillis(5));
    }

    @Coroutine(interval = 1)
    InProgress<Integer> acquire(Priority p) {
        int waited = 0;
        while (tokens == 0 || (p == Priority.LOW && tokens < 2)) {
            waited++;
            yield_();
        }
        tokens--;
        return done(waited);
    }

    @Coroutine
    InProgress<String> handle(Request r) {
        int w = yield_(acquire(r.prio()));
        String res = switch (r.prio()) {
            case HIGH -> "H" + r.id();
            case NORMAL -> {
                if (r.path().endsWith("/slow")) {
                    yield_(delay(Duration.ofMillis(3)));
                    yield "N" + r.id() + "(slow)";
                }
                yield "N" + r.id();
            }
            case LOW -> w > 0 && yield_(acquire(Priority.HIGH)) >= 0 ? "L" + r.id() + "+" : "L" + r.id();
        };
        log.add(res);
        return done(res);
    }

    @Coroutine
    InProgress<List<String>> serveAll(List<Request> reqs) {
        List<InProgress<String>> ips = new ArrayList<>();
        for (Request r : reqs) ips.add(handle(r));
        List<String> out = yield_(InProgress.all(ips));
        refill.stop();
        return done(out);
    }

    @Coroutine
    CoroutineInProgress<Integer> ticker() {
        int n = 0;
        do n++; while (n < 5 && yield_(delay(Duration.ofMillis(1))) == null);
        return done(n);
    }

    public static void main(String[] args) {
        RateLimiterJ17 rl = new RateLimiterJ17_Coroutines();
        rl.startRefill();
        List<Request> reqs = new ArrayList<>();
        String[] paths = {"/a", "/b/slow", "/c"};
        for (int i = 0; i < 9; i++) reqs.add(new Request(i, Priority.values()[i % 3], paths[i % 3]));
        List<String> out = rl.serveAll(reqs).await();
        System.out.println(out);
        List<String> sorted = new ArrayList<>(rl.log);
        Collections.sort(sorted);
        System.out.println(sorted.size() + " " + sorted);
        CoroutineInProgress<Integer> t = rl.ticker();
        System.out.println(t.interval() + " " + t.await());
    }
}
