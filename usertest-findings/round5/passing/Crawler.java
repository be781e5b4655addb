import java.time.Duration;
import java.util.*;
import java.util.stream.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Crawler {
    sealed interface Response permits Page, Redirect, NotFound, RateLimited {}
    record Page(String url, List<String> links, String body) implements Response {}
    record Redirect(String to) implements Response {}
    record NotFound(String url) implements Response {}
    record RateLimited(int waitMs) implements Response {}

    static final Map<String, Response> WEB = new HashMap<>();
    static {
        WEB.put("/", new Page("/", List.of("/a", "/b", "/old"), "root"));
        WEB.put("/a", new Page("/a", List.of("/a/1", "/b"), "alpha"));
        WEB.put("/b", new Page("/b", List.of("/missing", "/"), "beta"));
        WEB.put("/old", new Redirect("/c"));
        WEB.put("/c", new Page("/c", List.of(), "gamma"));
        WEB.put("/a/1", new Page("/a/1", List.of("/loop1"), "alpha-one"));
        WEB.put("/loop1", new Redirect("/loop2"));
        WEB.put("/loop2", new Redirect("/loop1"));
    }
    final Map<String, Integer> hits = new HashMap<>();
    int rateLimitBudget = 2;

    @Coroutine
    InProgress<Response> fetch(String url) {
        yield_(delay(Duration.ofMillis(1)));
        int n = hits.merge(url, 1, Integer::sum);
        if (url.equals("/b") && n == 1 && rateLimitBudget-- > 0) return done(new RateLimited(2));
        Response r = WEB.get(url);
        return done(r == null ? new NotFound(url) : r);
    }

    @Coroutine
    InProgress<Page> resolve(String url) {
        int redirects = 0;
        Response r;
        while (!((r = yield_(fetch(url))) instanceof Page) && redirects < 3) {
            if (r instanceof Redirect(var to)) { url = to; redirects++; }
            else if (r instanceof RateLimited(var ms)) yield_(delay(Duration.ofMillis(ms)));
            else if (r instanceof NotFound) return done(null);
        }
        return done(r instanceof Page p ? p : null);
    }

    @Coroutine
    InProgress<List<String>> crawl(String start, int maxPages) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        List<String> visited = new ArrayList<>();
        search:
        while (!todo.isEmpty()) {
            String url = todo.poll();
            if (!seen.add(url)) continue;
            Page p = yield_(resolve(url));
            String kind = switch (p) {
                case null -> "dead";
                case Page(var u, var links, var body) when !u.equals(url) -> "moved to " + u;
                case Page(var u, var links, var body) when links.isEmpty() -> "leaf " + body;
                case Page pg -> pg.body().toUpperCase();
            };
            visited.add(url + ": " + kind);
            if (p == null) continue;
            for (String link : p.links()) {
                if (visited.size() >= maxPages) break search;
                if (!seen.contains(link)) todo.add(link);
            }
        }
        return done(visited);
    }

    public static void main(String[] args) {
        Crawler c = new Crawler_Coroutines();
        c.crawl("/", 10).await().forEach(System.out::println);
        System.out.println(new TreeMap<>(c.hits));
        System.out.println(c.crawl("/", 2).await().stream().collect(Collectors.joining(" | ")));
    }
}
