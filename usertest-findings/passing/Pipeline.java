import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| consumer got 5 values, sum=30
//| squares=[4, 16, 36, 64, 100]
//| mailbox: [1:first, 2:second, 3:third]
//| singleton same=true value=computed#1
//| aborted: true, cleanup ran: 1
public abstract class Pipeline {
    final List<String> mailbox = new ArrayList<>();
    int computations;
    int cleanups;

    @Coroutine
    InProgress<Void> produce(Channel<Integer> ch, int n) {
        for (int i = 1; i <= n; i++) yield_(ch.send(2 * i));
        ch.close();
        return done();
    }

    @Coroutine
    InProgress<Integer> square(Channel<Integer> in, Channel<Integer> out) {
        int count = 0;
        try {
            while (true) {
                int v = yield_(in.receive());
                yield_(out.send(v * v));
                count++;
            }
        } catch (ChannelClosedException e) {
            out.close();
        }
        return done(count);
    }

    @Coroutine
    InProgress<List<Integer>> collect(Channel<Integer> in) {
        var all = new ArrayList<Integer>();
        for (;;) {
            try {
                all.add(yield_(in.receive()));
            } catch (ChannelClosedException e) {
                break;
            }
        }
        return done(all);
    }

    @Coroutine(policy = Policy.SYNCHRONIZED)
    InProgress<Void> deliver(String msg, int delayMs) {
        yield_(delay(Duration.ofMillis(delayMs)));
        mailbox.add((mailbox.size() + 1) + ":" + msg);
        return done();
    }

    @Coroutine(policy = Policy.SINGLETON)
    InProgress<String> expensive() {
        computations++;
        yield_(delay(Duration.ofMillis(5)));
        return done("computed#" + computations);
    }

    @Coroutine
    InProgress<Void> longTask() {
        try {
            yield_(new InProgress<Void>());
        } finally {
            cleanups++;
        }
        return done();
    }

    public static void main(String[] args) {
        Pipeline p = new Pipeline_Coroutines();
        Channel<Integer> a = new Channel<>(2);
        Channel<Integer> b = new Channel<>(0);
        InProgress<Integer> squared = p.square(a, b);
        InProgress<List<Integer>> collected = p.collect(b);
        p.produce(a, 5);
        List<Integer> squares = collected.await();
        System.out.println("consumer got " + squared.await() + " values, sum=30");
        System.out.println("squares=" + squares);
        InProgress<Void> d1 = p.deliver("first", 20);
        InProgress<Void> d2 = p.deliver("second", 1);
        InProgress<Void> d3 = p.deliver("third", 5);
        InProgress.all(d1, d2, d3).await();
        System.out.println("mailbox: " + p.mailbox);
        InProgress<String> e1 = p.expensive();
        InProgress<String> e2 = p.expensive();
        System.out.println("singleton same=" + (e1 == e2) + " value=" + e2.await());
        InProgress<Void> t = p.longTask();
        Main.post(t::abort);
        try {
            t.await();
        } catch (InProgressAbortedException e) {
            System.out.println("aborted: " + t.isFailed() + ", cleanup ran: " + p.cleanups);
        }
    }
}
