import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Users extends Repo_Coroutines<Users.User> {
    public record User(String id, String email, int age) implements Repo.HasId {}

    @Override
    boolean valid(User u) { return u.email().contains("@") && u.age() >= 0; }

    static final ExecutorService MAILER = Executors.newSingleThreadExecutor(r -> { Thread t = new Thread(r, "mailer"); t.setDaemon(true); return t; });

    @Coroutine
    InProgress<String> register(String id, String email, int age) {
        User u = yield_(save(new User(id, email, age)));
        String receipt = yield_(InProgress.from(CompletableFuture.supplyAsync(() -> "mail to " + u.email(), MAILER)));
        Optional<User> back = yield_(find(id));
        return done(receipt + (back.isPresent() ? " (stored)" : " (lost)"));
    }

    @Coroutine
    InProgress<String> slowLookup(String id) {
        try {
            yield_(delay(Duration.ofSeconds(5)));
            return done("never");
        } finally {
            audit.add("slowLookup cleanup " + id);
        }
    }

    @Coroutine
    InProgress<String> parent(String id) {
        try {
            return done(yield_(slowLookup(id)));
        } catch (InProgressAbortedException e) {
            audit.add("parent saw abort");
            throw e;
        } finally {
            audit.add("parent cleanup");
        }
    }

    public static void main(String[] args) throws Exception {
        Users users = new Users_Coroutines();
        System.out.println(users.register("u1", "ann@example.org", 30).await());
        try {
            users.register("u2", "bogus", 20).await();
        } catch (IllegalArgumentException e) {
            System.out.println("failed: " + e.getMessage());
        }
        int n = users.saveAll(List.of(new User("u3", "c@x", 1), new User("u4", "d", 2), new User("u1", "ann@new", 31))).await();
        System.out.println("saved " + n + " " + users.rows.keySet());
        CompletableFuture<String> cf = users.find("u1").toCompletableFuture().thenApply(o -> o.map(User::email).orElse("?"));
        System.out.println(InProgress.from(cf).await());
        var p = users.parent("u9");
        new OneShotTimer(p::abort).start(Duration.ofMillis(20));
        try { p.await(); } catch (InProgressAbortedException e) { System.out.println("parent aborted: " + e.getClass().getSimpleName()); }
        users.audit.forEach(System.out::println);
    }
}
