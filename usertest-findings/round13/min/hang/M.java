import static kaa.Async.*;
import java.time.Duration;
import kaa.*;

public abstract class M {
    final Channel<String> log = new Channel<>(4);

    @Coroutine
    InProgress<Integer> reporter() {
        int n = 0;
        try {
            for (;;) {
                System.out.println("[log] " + yield_(log.receive()));   // line 13: waits for a close that never comes
                n++;
            }
        } catch (ChannelClosedException end) {
            return done(n);
        }
    }

    @Coroutine
    InProgress<Integer> runAll() {
        InProgress<Integer> r = reporter();
        yield_(log.send("hello"));
        // BUG: forgot log.close();
        return done(yield_(r));                        // line 26
    }

    public static void main(String[] args) {
        InProgress<Integer> ip = new M_Coroutines().runAll();
        try {
            ip.await(Duration.ofSeconds(1));           // line 32
        } catch (InProgressTimeoutException e) {
            e.printStackTrace();
            System.out.println("toString: " + ip);
            System.out.println(Main.dump());
        }
    }
}
