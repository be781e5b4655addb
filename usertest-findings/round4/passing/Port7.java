// Port7 -- original and kaa version in one file; both lines must match after the label.
// Build: Maven project /tmp/usertest4/ports (README's "Using it in your build", -Xlint:all -Xlint:-processing -Werror),
//   cd /tmp/usertest4/ports && mvn -o -q compile && java -cp target/classes:$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar p.Port7
// Expected output:
//   original: sum=1110 fromP0=10 fromP1=10 queueNeverAbove=true
//   kaa:      sum=1110 fromP0=10 fromP1=10 queueNeverAbove=true
package p;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import kaa.Channel;
import kaa.ChannelClosedException;
import kaa.Coroutine;
import kaa.InProgress;
import static kaa.Async.*;

/** Port 7: producers/consumer over a bounded queue (BlockingQueue + threads vs kaa Channel + coroutines). */
public abstract class Port7 {
    static final int PER_PRODUCER = 10;
    static final int CAPACITY = 4;

    // ---------------- original ----------------
    static String original() throws InterruptedException {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(CAPACITY);
        final int poison = Integer.MIN_VALUE;
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int base = p * 100;
            Thread t = new Thread(() -> {
                try {
                    for (int i = 1; i <= PER_PRODUCER; i++) queue.put(base + i);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            producers.add(t);
            t.start();
        }
        long[] sum = {0};
        int[] count = {0, 0};
        int[] maxSeen = {0};
        Thread consumer = new Thread(() -> {
            try {
                for (;;) {
                    int v = queue.take();
                    if (v == poison) return;
                    sum[0] += v;
                    count[v / 100]++;
                    maxSeen[0] = Math.max(maxSeen[0], queue.size());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumer.start();
        for (Thread t : producers) t.join();
        queue.put(poison);
        consumer.join();
        return "sum=" + sum[0] + " fromP0=" + count[0] + " fromP1=" + count[1] + " queueNeverAbove=" + (maxSeen[0] <= CAPACITY);
    }

    // ---------------- kaa ----------------
    @Coroutine
    InProgress<Void> produce(Channel<Integer> channel, int base) {
        for (int i = 1; i <= PER_PRODUCER; i++) {
            yield_(channel.send(base + i));            // waits while the channel is full
        }
        return done();
    }

    @Coroutine
    InProgress<String> consume(Channel<Integer> channel) {
        long sum = 0;
        int[] count = {0, 0};
        int maxSeen = 0;
        try {
            for (;;) {
                int v = yield_(channel.receive());
                sum += v;
                count[v / 100]++;
                maxSeen = Math.max(maxSeen, channel.size());
            }
        } catch (ChannelClosedException end) {
            return done("sum=" + sum + " fromP0=" + count[0] + " fromP1=" + count[1] + " queueNeverAbove=" + (maxSeen <= CAPACITY));
        }
    }

    @Coroutine
    InProgress<String> run() {
        Channel<Integer> channel = new Channel<>(CAPACITY);
        InProgress<String> result = consume(channel);
        yield_(InProgress.all(produce(channel, 0), produce(channel, 100)));
        channel.close();                                // instead of a poison pill
        return result;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("original: " + original());
        System.out.println("kaa:      " + new Port7_Coroutines().run().await());
    }
}
