import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import kaa.*;
import static kaa.Async.*;

//| reading 1: 20.5
//| reading 2: 21.0
//| reading 3: 22.5
//| average 21.33
//| race won by fast (index 1), slow cleaned up: true
//| multi-catch: IOException sensor offline
//| multi-catch: TimeoutException no data
//| ticks=3 interval=PT0.002S
public abstract class Sensors {
    final Signal<Double> readings = new Signal<>();
    boolean slowCleaned;

    @Coroutine
    InProgress<Double> average(int n) {
        double sum = 0;
        for (int i = 1; i <= n; i++) {
            double r = yield_(readings.next());
            System.out.println("reading " + i + ": " + r);
            sum += r;
        }
        return done(sum / n);
    }

    @Coroutine
    InProgress<String> slow() {
        try {
            yield_(delay(Duration.ofSeconds(30)));
            return done("slow");
        } finally {
            slowCleaned = true;
        }
    }

    @Coroutine
    InProgress<String> fast() {
        yield_(delay(Duration.ofMillis(2)));
        return done("fast");
    }

    @Coroutine
    InProgress<String> race() {
        InProgress<String> slowOne = slow();
        AnyResult<String> winner = yield_(InProgress.any(slowOne, fast()));
        slowOne.abort();
        yield_(delay(Duration.ofMillis(1)));
        return done("race won by " + winner.value() + " (index " + winner.index() + "), slow cleaned up: " + slowCleaned);
    }

    static InProgress<String> probe(int which) {
        return InProgress.failed(which == 0 ? new IOException("sensor offline") : new TimeoutException("no data"));
    }

    @Coroutine
    InProgress<List<String>> probes() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try {
                out.add(yield_(probe(i), Exception.class));
            } catch (IOException | TimeoutException e) {
                out.add("multi-catch: " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (Exception e) {
                out.add("other " + e);
            }
        }
        return done(out);
    }

    @Coroutine(interval = 1)
    CoroutineInProgress<Integer> ticker(int n) {
        int ticks = 0;
        while (ticks < n) {
            yield_();
            ticks++;
        }
        return done(ticks);
    }

    public static void main(String[] args) {
        Sensors s = new Sensors_Coroutines();
        InProgress<Double> avg = s.average(3);
        Timer feeder = new Timer(new Runnable() {
            final double[] values = {20.5, 21.0, 22.5};
            int next;

            @Override
            public void run() {
                if (next < values.length) s.readings.emit(values[next++]);
            }
        }).start(Duration.ofMillis(2));
        System.out.printf("average %.2f%n", avg.await());
        feeder.stop();
        System.out.println(s.race().await());
        s.probes().await().forEach(System.out::println);
        CoroutineInProgress<Integer> t = s.ticker(3);
        t.setInterval(Duration.ofMillis(2));
        System.out.println("ticks=" + t.await() + " interval=" + t.interval());
    }
}
