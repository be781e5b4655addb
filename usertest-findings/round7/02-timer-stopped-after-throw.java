// 02 A repeating kaa.Timer whose callback throws once is stopped for good, silently
// Compile+run:
//   cd /tmp/u7/findings && mkdir -p out02 && javac -d out02 -cp /tmp/u7/lib/rt.jar 02-timer-stopped-after-throw.java \
//     && java -cp out02:/tmp/u7/lib/rt.jar TimerStoppedAfterThrow
// Expected (README, "Who drives the loop"): "Any other code that throws (a task, timer, signal or InProgress
//   callback) is reported on Notifier.exceptionSignal() (or logged), and the loop goes on." Nothing says the
//   timer itself is cancelled, and a Signal callback that throws stays connected (checked: it runs on every emit).
//   A health-check/heartbeat timer that hits one transient exception should keep ticking, or the README should say
//   it stops.
// Actual: the 20 ms timer ran once in 200 ms; isActive() == false; the report (log or exceptionSignal) is the
//   callback's exception only and does not say the timer was stopped:
//     timer ran 1 times in 200 ms, isActive=false, reported=[java.lang.IllegalStateException: transient 1]
//     signal callback ran 3 times for 3 emits, still connected: 1
// Guess: the timer is stopped when its callback throws, as kaa.base does, but that is neither documented nor
//   logged, and signals behave differently.
// Class: README wrong/missing (surprising, inconsistent with Signal).
import kaa.*;
import java.time.Duration;
import java.util.*;

class TimerStoppedAfterThrow {
    public static void main(String[] a) {
        List<Throwable> reported = new ArrayList<>();
        Main.notifier().exceptionSignal().connect(reported::add);
        int[] runs = {0};
        kaa.Timer t = new kaa.Timer(() -> { runs[0]++; if (runs[0] == 1) throw new IllegalStateException("transient " + runs[0]); })
                .start(Duration.ofMillis(20));
        Async.delay(Duration.ofMillis(200)).await();
        System.out.println("timer ran " + runs[0] + " times in 200 ms, isActive=" + t.isActive() + ", reported=" + reported);
        Signal<Integer> s = new Signal<>();
        int[] calls = {0};
        s.connect(v -> { calls[0]++; throw new IllegalStateException("signal " + v); });
        s.emit(1); s.emit(2); s.emit(3);
        System.out.println("signal callback ran " + calls[0] + " times for 3 emits, still connected: " + s.count());
        t.stop();
    }
}
