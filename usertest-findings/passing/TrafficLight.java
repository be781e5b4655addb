import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| RED for 3
//| RED_AMBER for 1
//| GREEN for 4
//| AMBER for 2
//| RED for 3
//| RED_AMBER for 1
//| log=[R, RA, G, A, R, RA] total=14
public abstract class TrafficLight {
    enum Phase {
        RED(3), RED_AMBER(1), GREEN(4), AMBER(2);

        final int ticks;

        Phase(int ticks) {
            this.ticks = ticks;
        }

        Phase next() {
            return switch (this) {
                case RED -> RED_AMBER;
                case RED_AMBER -> GREEN;
                case GREEN -> AMBER;
                case AMBER -> RED;
            };
        }
    }

    final List<String> log = new ArrayList<>();

    @Coroutine
    InProgress<Integer> cycle(Phase start, int steps) {
        Phase phase = start;
        int total = 0;
        for (int i = 0; i < steps; i++) {
            System.out.println(phase + " for " + phase.ticks);
            switch (phase) {
                case RED:
                    log.add("R");
                    break;
                case RED_AMBER:
                    log.add("RA");
                    break;
                case GREEN:
                    log.add("G");
                    break;
                default:
                    log.add("A");
            }
            for (int t = 0; t < phase.ticks; t++) {
                yield_(delay(Duration.ofMillis(1)));
                total++;
            }
            phase = phase.next();
        }
        return done(total);
    }

    public static void main(String[] args) {
        TrafficLight light = new TrafficLight_Coroutines();
        int total = light.cycle(Phase.RED, 6).await();
        System.out.println("log=" + light.log + " total=" + total);
    }
}
