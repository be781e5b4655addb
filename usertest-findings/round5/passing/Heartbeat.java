import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Heartbeat {
    enum Health { UP, DEGRADED, DOWN }
    record Beat(String node, int seq, long latency) {}

    final Map<String, Integer> missed = new TreeMap<>();
    final List<String> events = new ArrayList<>();
    final InProgressStatus progress = new InProgressStatus(12);

    @Coroutine
    InProgress<Beat> ping(String node, int seq) {
        long lat = node.equals("slow") ? 30 : node.equals("dead") && seq > 1 ? 10_000 : 2;
        yield_(delay(Duration.ofMillis(lat)));
        return done(new Beat(node, seq, lat));
    }

    @Coroutine(interval = 5)
    CoroutineInProgress<Map<String, Health>> monitor(List<String> nodes, int rounds) {
        Map<String, Health> health = new TreeMap<>();
        for (int round = 1; round <= rounds; round++, yield_()) {
            for (String n : nodes) {
                Health h;
                try {
                    Beat b = yield_(ping(n, round).timeout(Duration.ofMillis(20), true));
                    h = b.latency() > 10 ? Health.DEGRADED : Health.UP;
                } catch (InProgressTimeoutException e) {
                    h = missed.merge(n, 1, Integer::sum) >= 2 ? Health.DOWN : Health.DEGRADED;
                }
                progress.increment();
                if (health.put(n, h) != h) events.add("round " + round + ": " + n + " " + h);
            }
        }
        return done(health);
    }

    public static void main(String[] args) {
        Heartbeat hb = new Heartbeat_Coroutines();
        List<Integer> pct = new ArrayList<>();
        hb.progress.changed().connect(s -> pct.add(s.percentage()));
        var mon = hb.monitor(List.of("fast", "slow", "dead"), 4);
        mon.setInterval(Duration.ofMillis(1));
        mon.connect(result -> { System.out.println("final " + result); Main.stop(); });
        Main.run();
        hb.events.forEach(System.out::println);
        System.out.println("missed " + hb.missed + " progress " + pct.get(pct.size() - 1) + "% interval " + mon.interval());
    }
}
