// Policy.SYNCHRONIZED: a call made while an earlier invocation is unfinished is queued without entering its body;
// each body starts when the one before it finishes (failed or aborted included), in call order. The queue is per
// instance: another instance's call starts at once. An invocation aborted while queued never runs. (x waits for a
// gate main opens after d, not for a longer delay: under load the chain a, b, d took longer than 50 ms.)
// OUTPUT:
// a start
// x start
// calls made
// a end
// b start
// b fails
// d start
// d end
// x end
// a=A b=failed:IllegalStateException c=aborted:true d=D x=X
import java.time.Duration;

import kaa.*;
import static kaa.Async.*;

public abstract class Synchronized {
    static final InProgress<Void> X_GATE = new InProgress<>();

    @Coroutine(policy = Policy.SYNCHRONIZED)
    InProgress<String> step(String name, boolean fail) {
        System.out.println(name + " start");
        yield_();
        if (name.equals("x")) {
            yield_(X_GATE);
        } else {
            yield_(delay(Duration.ofMillis(1)));
        }
        if (fail) {
            System.out.println(name + " fails");
            throw new IllegalStateException(name);
        }
        System.out.println(name + " end");
        return done(name.toUpperCase());
    }

    static String outcome(InProgress<String> ip) {
        if (ip.exception() instanceof InProgressAbortedException) {
            return "aborted:true";
        }
        return ip.isFailed() ? "failed:" + ip.exception().getClass().getSimpleName() : ip.result();
    }

    public static void main(String[] args) {
        Synchronized s = new Synchronized_Coroutines();
        InProgress<String> a = s.step("a", false);
        InProgress<String> b = s.step("b", true);
        InProgress<String> c = s.step("c", false);
        InProgress<String> d = s.step("d", false);
        InProgress<String> x = new Synchronized_Coroutines().step("x", false);
        System.out.println("calls made");
        c.abort();
        d.await();
        X_GATE.finish(null);
        x.await();
        System.out.println("a=" + outcome(a) + " b=" + outcome(b) + " c=" + outcome(c) + " d=" + outcome(d)
                + " x=" + outcome(x));
    }
}
