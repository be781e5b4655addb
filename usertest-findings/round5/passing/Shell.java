import java.io.IOException;
import java.time.Duration;
import java.util.*;
import kaa.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

public abstract class Shell {
    sealed interface Outcome permits Success, Failure, TimedOut {}
    record Success(List<String> lines) implements Outcome {}
    record Failure(int code, List<String> lines) implements Outcome {}
    record TimedOut(String cmd) implements Outcome {}

    @Coroutine
    InProgress<Outcome> run(String script, Duration limit) throws IOException {
        Subprocess p = new Subprocess("sh", "-c", script);
        List<String> lines = new ArrayList<>();
        p.stderr().lines().connect(l -> lines.add("ERR " + l.strip()));
        p.start();
        try {
            byte[] line;
            while ((line = yield_(p.stdout().readLine().timeout(limit, true), IOException.class)).length > 0)
                lines.add(new String(line, UTF_8).strip());
        } catch (InProgressTimeoutException e) {
            p.stop();
            return done(new TimedOut(script));
        }
        int code = yield_(p.exited());
        return done(code == 0 ? new Success(lines) : new Failure(code, lines));
    }

    @Coroutine
    InProgress<Integer> pipeline(List<String> scripts) throws IOException {
        int ok = 0;
        for (String s : scripts) {
            Outcome o = yield_(run(s, Duration.ofMillis(500)), IOException.class);
            switch (o) {
                case Success(var ls) when ls.isEmpty() -> System.out.println("ok (silent)");
                case Success(var ls) -> { ok++; System.out.println("ok " + ls); }
                case Failure(var c, var ls) when c > 100 -> System.out.println("crashed " + c);
                case Failure(var c, var ls) -> System.out.println("failed " + c + " " + ls);
                case TimedOut(var cmd) -> System.out.println("timed out: " + cmd);
            }
        }
        return done(ok);
    }

    public static void main(String[] args) throws Exception {
        Shell sh = new Shell_Coroutines();
        int n = sh.pipeline(List.of("echo one; echo two", "true", "echo bad >&2; sleep 0.1; exit 3", "exit 130", "sleep 5; echo late", "printf 'a\\nb'")).await(IOException.class);
        System.out.println("ok=" + n);
    }
}
