// Passing program 22: Subprocess: missing command, stop() -> 143, stdout/stderr lines() signals, exit code
// Build/run: javac -d out -cp $RT -processorpath $PROC Sub.java && java -cp out:$RT Sub   (RT/PROC as in findings headers)
// Expected output:
//   failed: IOException: cannot start [/no/such/cmd, x]: Cannot run program "/no/such/cmd": error=2, No such file or directory
//   sleep stopped with 143 after 12 ms
//   [E:err1, E:err2, E:err3, O:out1, O:out2, O:out3] exit 3
import java.io.IOException;
import java.time.Duration;
import java.util.*;
import kaa.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

public abstract class Sub {
    @Coroutine
    InProgress<String> missing() {
        var p = new Subprocess("/no/such/cmd", "x");
        try {
            int code = yield_(p.start());
            return done("exit " + code);
        } catch (Exception e) {
            return done("failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Coroutine
    InProgress<String> stopSleep() {
        var p = new Subprocess("sleep", "30");
        var exited = p.start();
        yield_(delay(Duration.ofMillis(50)));
        var t0 = System.nanoTime();
        p.stop();
        int code = yield_(exited);
        return done("sleep stopped with " + code + " after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    @Coroutine
    InProgress<String> lines() {
        var p = new Subprocess("sh", "-c", "for i in 1 2 3; do echo out$i; echo err$i >&2; done; exit 3");
        var got = new ArrayList<String>();
        p.stdout().lines().connect(l -> got.add("O:" + l));
        p.stderr().lines().connect(l -> got.add("E:" + l));
        int code = yield_(p.start());
        yield_(delay(Duration.ofMillis(50)));
        Collections.sort(got);
        return done(got + " exit " + code);
    }

    public static void main(String[] a) {
        Sub s = new Sub_Coroutines();
        System.out.println(s.missing().await());
        System.out.println(s.stopSleep().await(Duration.ofSeconds(10)));
        System.out.println(s.lines().await(Duration.ofSeconds(5)));
    }
}
