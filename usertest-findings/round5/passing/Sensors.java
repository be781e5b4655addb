import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Sensors {
    sealed interface Reading permits Temp, Humidity, Fault {}
    record Temp(String sensor, double celsius) implements Reading {}
    record Humidity(String sensor, int percent) implements Reading {}
    record Fault(String sensor, String message) implements Reading {}

    final Signal<Reading> readings = new Signal<>();
    final Signal<String> shutdown = new Signal<>();
    final List<String> out = new ArrayList<>();

    static final Reading[] SCRIPT = {
        new Temp("t1", 21.5), new Humidity("h1", 40), new Temp("t1", 35.0),
        new Fault("h1", "wet"), new Humidity("h1", 95), new Temp("t2", -3.0),
        new Temp("t1", 22.0), new Humidity("h1", 50),
    };

    @Coroutine(interval = 2)
    InProgress<Integer> produce() {
        int i = 0;
        for (Reading r : SCRIPT) {
            yield_();
            readings.emit(r);
            i++;
        }
        yield_();
        shutdown.emit("end of script");
        return done(i);
    }

    @Coroutine
    InProgress<Integer> consume(double alarmAt) {
        int alarms = 0;
        int seen = 0;
        while (true) {
            var next = yield_(InProgress.any(readings.next(), shutdown.next()));
            if (next.index() == 1) {
                out.add("stop: " + next.value());
                break;
            }
            seen++;
            Reading r = (Reading) next.value();
            String line = switch (r) {
                case Temp(var s, var c) when c >= alarmAt -> { alarms++; yield "ALARM " + s + " " + c; }
                case Temp(var s, var c) when c < 0 -> "frost at " + s;
                case Temp t -> "temp " + t.celsius();
                case Humidity(var s, var p) when p > 90 && yield_(confirm(s)) -> { alarms++; yield "ALARM humid " + s; }
                case Humidity h -> "humidity " + h.percent() + "%";
                case Fault(var s, var m) -> "fault " + s + ": " + m;
            };
            out.add(seen + ": " + line);
        }
        return done(alarms);
    }

    @Coroutine
    InProgress<Boolean> confirm(String sensor) {
        yield_(delay(Duration.ofMillis(1)));
        return done(sensor.startsWith("h"));
    }

    public static void main(String[] args) {
        Sensors s = new Sensors_Coroutines();
        InProgress<Integer> consumer = s.consume(30.0);
        InProgress<Integer> producer = s.produce();
        System.out.println("produced " + producer.await() + ", alarms " + consumer.await());
        s.out.forEach(System.out::println);
    }
}
