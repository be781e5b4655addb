// Passing program 03: token bucket: kaa.Timer refill, Signal.next(), SYNCHRONIZED acquire(), nested abstract classes, interface with default method, InProgress.all
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p03ratelimit.RateLimitDemo
// Expected output (checked by hand against the README's semantics; timings may vary):
//   A req 0 at ~10ms
//   A req 1 at ~30ms
//   A req 2 at ~30ms
//   A req 3 at ~50ms
//   B req 0 at ~100ms
//   B req 1 at ~150ms
//   B req 2 at ~200ms
//   served [4, 3]; RateLimitDemo_TokenBucket_Coroutines(available=0)
package p03ratelimit;

import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

/** Token-bucket rate limiter: kaa.Timer refills, SYNCHRONIZED coroutine hands out permits in call order. */
public class RateLimitDemo {
    interface Limiter {
        InProgress<Void> acquire();
        int available();
        default String describe() { return getClass().getSimpleName() + "(available=" + available() + ")"; }
    }

    abstract static class TokenBucket implements Limiter {
        private final int capacity;
        int tokens;
        final Signal<Void> refilled = new Signal<>();
        final kaa.Timer refill;

        TokenBucket(int capacity, Duration every) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.refill = new kaa.Timer(() -> {
                if (tokens < this.capacity) {
                    tokens++;
                    refilled.emit(null);
                }
            }).start(every);
        }

        @Override public int available() { return tokens; }

        @Override
        @Coroutine(policy = Policy.SYNCHRONIZED)
        public InProgress<Void> acquire() {
            while (tokens == 0) {
                yield_(refilled.next());
            }
            tokens--;
            return done();
        }

        void close() { refill.stop(); }
    }

    abstract static class Client {
        final List<String> events = new ArrayList<>();
        long t0 = System.nanoTime();

        @Coroutine
        InProgress<Integer> burst(Limiter limiter, String name, int requests) {
            var done = 0;
            for (var i = 0; i < requests; i++) {
                yield_(limiter.acquire());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                events.add(String.format("%s req %d at ~%d0ms", name, i, Math.round(ms / 10.0)));
                done++;
            }
            return done(done);   // a local named like done(): separate namespaces in Java
        }
    }

    public static void main(String[] args) {
        var bucket = new RateLimitDemo_TokenBucket_Coroutines(3, Duration.ofMillis(50));
        var client = new RateLimitDemo_Client_Coroutines();
        var a = client.burst(bucket, "A", 4);
        var b = client.burst(bucket, "B", 3);
        var both = InProgress.all(a, b).await();
        bucket.close();
        client.events.forEach(System.out::println);
        System.out.println("served " + both + "; " + bucket.describe());
    }
}
