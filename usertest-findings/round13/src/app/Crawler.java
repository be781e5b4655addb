package app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.AnyResult;
import kaa.Channel;
import kaa.ChannelClosedException;
import kaa.Coroutine;
import kaa.CoroutineInProgress;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Threaded;

/** A small crawler: pages list a count and links; we sum the counts of every page reachable from a root. */
public abstract class Crawler {
    static String bug() { return System.getProperty("bug", "none"); }

    final String base;
    final Channel<String> log = new Channel<>(4);
    int pagesDone;

    Crawler(String base) { this.base = base; }

    static Crawler create(String base) { return new Crawler_Coroutines(base); }

    record Page(String path, int count, List<String> links) {}

    /** Blocking HTTP GET on the "net" pool. */
    @Threaded(pool = "net")
    InProgress<String> fetch(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(base + path).openConnection();
            c.setReadTimeout(10_000);
            try (InputStream in = c.getInputStream()) {
                return done(new String(in.readAllBytes(), UTF_8));
            }
        } catch (IOException e) {
            return InProgress.failed(e);
        }
    }

    /** Parses "count: N" then "link: /x" lines. */
    @Coroutine
    InProgress<Page> parse(String path, String body) {
        String[] lines = body.split("\n");
        yield_();                                              // be nice to the loop
        if (bug().equals("sleep")) {
            sleepQuietly(300);                                 // BUG: blocking call on the loop thread
        }
        int count = Integer.parseInt(lines[0].substring("count: ".length()).trim());
        List<String> links = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("link: ")) {
                links.add(lines[i].substring(6).trim());
            }
        }
        return done(new Page(path, count, links));
    }

    static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fetches and parses one page, then crawls its links concurrently; the sum of counts. */
    @Coroutine
    InProgress<Integer> crawl(String path, int depth) {
        String body = yield_(fetch(path));
        Page page = yield_(parse(path, body));
        yield_(log.send("  ".repeat(depth) + path + " count=" + page.count()));
        List<InProgress<Integer>> children = new ArrayList<>();
        for (String link : page.links()) {
            children.add(crawl(link, depth + 1));
        }
        int sum = page.count();
        for (int v : yield_(InProgress.all(children))) {
            sum += v;
        }
        pagesDone++;
        return done(sum);
    }

    /** Crawl with a deadline. */
    @Coroutine
    InProgress<Integer> crawlWithin(String root, Duration limit) {
        int total = yield_(crawl(root, 0).timeout(limit, true));
        return done(total);
    }

    /** Races two mirrors; the first answer wins. */
    @Coroutine
    InProgress<Integer> fastestMirror(String a, String b) {
        InProgress<Integer> first = crawl(a, 0);
        InProgress<Integer> second = crawl(b, 0);
        AnyResult<Integer> winner = yield_(InProgress.any(first, second));
        first.abort();
        second.abort();
        if (winner.isFailed()) {
            throw new IllegalStateException("mirror " + winner.index() + " failed", winner.failure());
        }
        return done(winner.value());
    }

    /** Prints what the crawlers send until the channel is closed. */
    @Coroutine
    InProgress<Integer> reporter() {
        int lines = 0;
        try {
            for (;;) {
                String line = yield_(log.receive());
                System.out.println("[log] " + line);
                lines++;
            }
        } catch (ChannelClosedException end) {
            return done(lines);
        }
    }

    /** A job that we give up on half-way. */
    @Coroutine
    CoroutineInProgress<Integer> slowJob() {
        try {
            String body = yield_(fetch("/slow"));
            return done(body.length());
        } finally {
            System.out.println("slowJob cleaned up");
        }
    }

    /** The whole run. */
    @Coroutine
    InProgress<String> runAll() {
        InProgress<Integer> reporter = reporter();
        String root = bug().equals("parse") ? "/bad/0" : bug().equals("timeout") ? "/slowtree" : "/page/0";
        int total = yield_(crawlWithin(root, Duration.ofSeconds(bug().equals("timeout") ? 1 : 20)));
        int mirror = yield_(fastestMirror("/page/3", bug().equals("404") ? "/missing" : "/page/4"));
        CoroutineInProgress<Integer> job = slowJob();
        yield_(delay(Duration.ofMillis(100)));
        job.abort();
        if (bug().equals("unawaited")) {
            crawl("/bad/4", 0);                                // BUG: fire-and-forget, failure never awaited
            yield_(delay(Duration.ofMillis(500)));
        }
        if (!bug().equals("hang")) {
            log.close();                                       // BUG when skipped: reporter never ends
        }
        int lines = yield_(reporter);
        return done("total=" + total + " mirror=" + mirror + " lines=" + lines + " pages=" + pagesDone);
    }
}
