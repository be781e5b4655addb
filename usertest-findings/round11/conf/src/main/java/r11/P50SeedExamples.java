package r11;

import kaa.*;
import java.net.InetSocketAddress;
import java.util.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/*
 * P50: the seed document's examples, written as a Java user would (records, switch expressions, var, labeled loops,
 * try-with-resources), plus fetch_page against a local server.
 * EXPECTED: "do_something() finished with result: 42" after 10 time slices (10 loop steps);
 *   do_something_else -> true; with a failing do_something -> prints "do_something failed" and finishes with null;
 *   fetch_page prints the server's reply line; the resource is closed exactly once, also when aborted.
 */
abstract class P50SeedExamples {
    record Job(String name, int cost) {}
    static int steps;
    static boolean failNext;
    @Coroutine InProgress<Integer> doSomething() {
        for (var i = 0; i < 10; i++) {
            doSomethingExpensive(i);
            yield_();
        }
        if (failNext) throw new IllegalStateException("expensive failed");
        return done(42);
    }
    static void doSomethingExpensive(int i) {}

    @Coroutine InProgress<Boolean> doSomethingElse() {
        Integer result;
        try { result = yield_(doSomething()); }
        catch (Exception e) { System.out.println("do_something failed"); return done(null); }
        return done(result != null && result != 0);
    }

    @Coroutine InProgress<String> fetchPage(String host, int port) {
        var socket = new kaa.Socket();
        yield_(socket.connect(host, port));
        yield_(socket.write("GET / HTTP/1.1\n\n"));
        var line = new String(yield_(socket.readLine()), UTF_8).strip();
        socket.close();
        return done(line);
    }

    static final class Res implements AutoCloseable {
        final String n; Res(String n) { this.n = n; System.out.println("  open " + n); }
        @Override public void close() { System.out.println("  close " + n); }
    }
    @Coroutine CoroutineInProgress<Map<String, Integer>> schedule(List<Job> jobs, InProgress<Void> gate) {
        var costs = new LinkedHashMap<String, Integer>();
        outer:
        for (var job : jobs) {
            try (var r = new Res(job.name())) {
                var kind = switch (job.cost()) {
                    case 0 -> "free";
                    case 1, 2 -> { yield_(); yield "cheap"; }
                    default -> job.name().equals("wait") ? yield_(gate) + "gated" : "dear";
                };
                if (kind.equals("free")) continue outer;
                costs.merge(kind, job.cost(), Integer::sum);
            }
        }
        return done(costs);
    }

    public static void main(String[] a) throws Exception {
        var o = new P50SeedExamples_Coroutines();
        Main.notifier().stepSignal().connect(v -> steps++);
        o.doSomething().connect(r -> System.out.println("do_something() finished with result: " + r + " (after " + steps + " steps)"));
        System.out.println("do_something_else -> " + o.doSomethingElse().await());
        failNext = true;
        System.out.println("do_something_else (failing) -> " + o.doSomethingElse().await());

        var server = new kaa.Socket(); server.listen(0);
        server.newClient().connect(c -> c.readLine().connect(req -> c.write("HTTP/1.1 200 OK from local server\r\n").connect(v -> c.close())));
        int port = ((InetSocketAddress) server.localAddress()).getPort();
        System.out.println("fetch_page: " + o.fetchPage("localhost", port).await());

        var jobs = List.of(new Job("a", 0), new Job("b", 2), new Job("c", 7), new Job("wait", 9));
        System.out.println("schedule: " + o.schedule(jobs, InProgress.finished(null)).await());
        var aborted = o.schedule(jobs, new InProgress<>());
        System.out.println("(abort while in 'wait')");
        Main.notifier().loopUntil(() -> false || steps > 1000 || aborted.toString().contains("awaiting") );
        aborted.abort();
        System.out.println("aborted: " + V.name(aborted.exception()));
    }
}
