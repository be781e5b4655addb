import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public class FanOut {
    record Task(int id, int cost) {}
    record Done(int worker, int task, int result) {}

    abstract static class Worker {
        final int id;
        int handled;
        Worker(int id) { this.id = id; }

        @Coroutine
        InProgress<Integer> work(Channel<Task> in, Channel<Done> out) {
            for (;;) {
                Task t;
                try {
                    t = yield_(in.receive());
                } catch (ChannelClosedException e) {
                    break;
                }
                yield_(delay(Duration.ofMillis(t.cost())));
                handled++;
                yield_(out.send(new Done(id, t.id(), t.id() * t.id())));
            }
            return done(handled);
        }
    }

    abstract static class Ledger {
        final List<String> entries = new ArrayList<>();
        @Coroutine(policy = Policy.SYNCHRONIZED)
        InProgress<Void> record(String what, int ms) {
            entries.add("start " + what);
            yield_(delay(Duration.ofMillis(ms)));
            entries.add("end " + what);
            return done();
        }
    }

    abstract static class Coordinator {
        @Coroutine
        InProgress<Long> run(int workers, int tasks) {
            Channel<Task> in = new Channel<>(2);
            Channel<Done> out = new Channel<>(Channel.UNLIMITED);
            List<InProgress<Integer>> ws = new ArrayList<>();
            for (int w = 0; w < workers; w++) ws.add(new FanOut_Worker_Coroutines(w).work(in, out));
            long sum = 0;
            int received = 0;
            for (int t = 0; t < tasks; t++) {
                yield_(in.send(new Task(t, 1 + t % 3)));
                while (received < t / 2) { sum += yield_(out.receive()).result(); received++; }
            }
            in.close();
            while (received < tasks) { sum += yield_(out.receive()).result(); received++; }
            List<Integer> counts = yield_(InProgress.all(ws));
            int handled = counts.stream().mapToInt(Integer::intValue).sum();
            if (handled != tasks) throw new AssertionError(handled + " != " + tasks);
            return done(sum);
        }
    }

    public static void main(String[] args) {
        var coord = new FanOut_Coordinator_Coroutines();
        System.out.println("sum of squares 0..19 = " + coord.run(3, 20).await() + " (expected " + (19 * 20 * 39 / 6) + ")");
        var ledger = new FanOut_Ledger_Coroutines();
        var a = ledger.record("a", 5);
        var b = ledger.record("b", 1);
        var c = ledger.record("c", 1);
        c.abort();
        b.await();
        System.out.println(ledger.entries + " c failed=" + c.isFailed());
        // a receive that times out, with abort: the channel must stay usable
        Channel<String> ch = new Channel<>(1);
        try { ch.receive().timeout(Duration.ofMillis(5), true).await(); } catch (InProgressTimeoutException e) { System.out.println("receive timed out"); }
        ch.send("later");
        System.out.println(ch.receive().await());
    }
}
