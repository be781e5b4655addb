// Passing program 16: bounded generic static coroutine (k-way merge of Channels), generic interface implemented by a coroutine (bridge), override with substituted type arg, multi-catch and precise rethrow across yield_
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p16generic.Merge
// Expected output (checked by hand against the README's semantics; timings may vary):
//   [1, 2, 3, 4, 5, 9, 10, 11]
//   <ABC> VIA BASE <X>
//   <OK>
//   missing !gone
//   timeout: slow z
package p16generic;

import java.io.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.TimeoutException;
import kaa.*;
import static kaa.Async.*;

/** Bounded generics (k-way merge of Channels), a generic interface implemented by a coroutine (bridge
 *  methods), overriding with a substituted type argument, multi-catch and precise rethrow across yield_. */
public class Merge {
    interface Handler<T, R> {
        InProgress<R> handle(T input) throws IOException;
        default InProgress<R> handleAll(List<T> inputs) throws IOException {
            return inputs.isEmpty() ? InProgress.failed(new IllegalArgumentException("empty")) : handle(inputs.get(0));
        }
    }

    abstract static class Base<T> {
        @Coroutine
        InProgress<T> echo(T x) {
            yield_();
            return done(x);
        }
    }

    abstract static class Upper extends Merge_Base_Coroutines<String> implements Handler<String, String> {
        @Override
        @Coroutine
        InProgress<String> echo(String x) {
            yield_();
            return done(x.toUpperCase(Locale.ROOT));
        }

        @Override
        @Coroutine
        public InProgress<String> handle(String input) throws IOException {
            if (input.startsWith("!")) throw new FileNotFoundException(input);
            return done("<" + yield_(echo(input)) + ">");
        }

        @Coroutine
        InProgress<String> careful(String input, boolean slow) throws IOException, TimeoutException {
            try {
                if (slow) {
                    yield_(delay(Duration.ofMillis(50)).timeout(Duration.ofMillis(5)));
                }
                return done(yield_(handle(input), IOException.class));
            } catch (InProgressTimeoutException e) {
                throw new TimeoutException("slow " + input);
            } catch (FileNotFoundException | UncheckedIOException e) {
                return done("missing " + e.getMessage());
            } catch (final Exception e) {
                throw e;                                   // precise rethrow: only IOException/TimeoutException
            }
        }
    }

    static <T extends Comparable<? super T>> Channel<T> source(List<T> sorted) {
        var ch = new Channel<T>(Channel.UNLIMITED);
        sorted.forEach(ch::send);
        ch.close();
        return ch;
    }

    abstract static class Merger {
        record Head<E extends Comparable<? super E>>(E value, int from) {}

        @Coroutine
        static <T extends Comparable<? super T>> InProgress<List<T>> merge(List<Channel<T>> inputs) {
            var heap = new PriorityQueue<Head<T>>(Comparator.comparing(Head::value));
            for (int i = 0; i < inputs.size(); i++) {
                try {
                    heap.add(new Head<>(yield_(inputs.get(i).receive()), i));
                } catch (ChannelClosedException empty) {
                    // nothing in this input
                }
            }
            var out = new ArrayList<T>();
            while (!heap.isEmpty()) {
                var h = heap.poll();
                out.add(h.value());
                try {
                    heap.add(new Head<>(yield_(inputs.get(h.from()).receive()), h.from()));
                } catch (ChannelClosedException e) {
                    // that input is exhausted
                }
            }
            return done(out);
        }
    }

    public static void main(String[] args) throws Exception {
        var merged = Merge_Merger_Coroutines.merge(List.of(source(List.of(1, 4, 9)), source(List.<Integer>of()),
                source(List.of(2, 3, 10, 11)), source(List.of(5)))).await();
        System.out.println(merged);

        Upper u = new Merge_Upper_Coroutines();
        Handler<String, String> h = u;
        Base<String> b = u;
        System.out.println(h.handle("abc").await() + " " + b.echo("via base").await() + " " + h.handleAll(List.of("x")).await());
        System.out.println(u.careful("ok", false).await());
        System.out.println(u.careful("!gone", false).await());
        try {
            u.careful("z", true).await(TimeoutException.class);
        } catch (TimeoutException e) {
            System.out.println("timeout: " + e.getMessage());
        }
    }
}
