import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

//| doubled: 2 4 6
//| exit=0
//| sorted: [apple, banana, cherry]
//| failing exit=3 stderr=[oops]
public abstract class Shell {
    @Coroutine
    InProgress<Integer> doubleAll(List<Integer> numbers) {
        Subprocess shell = new Subprocess("sh", "-c", "while read n; do echo $((n * 2)); done");
        shell.start();
        var sb = new StringBuilder("doubled:");
        for (int n : numbers) {
            yield_(shell.write(n + "\n"));
            sb.append(' ').append(new String(yield_(shell.readLine()), UTF_8).strip());
        }
        yield_(shell.stdin().close());
        System.out.println(sb);
        return shell.exited();
    }

    @Coroutine
    InProgress<List<String>> sortLines(String... lines) {
        Subprocess sort = new Subprocess("sort");
        sort.start();
        for (String l : lines) yield_(sort.write(l + "\n"));
        yield_(sort.stdin().close());
        List<String> out = new ArrayList<>();
        while (true) {
            byte[] line = yield_(sort.readLine());
            if (line.length == 0) break;
            out.add(new String(line, UTF_8).strip());
        }
        int code = yield_(sort.exited());
        if (code != 0) throw new IllegalStateException("sort failed: " + code);
        return done(out);
    }

    @Coroutine
    InProgress<String> failing() {
        Subprocess p = new Subprocess("sh", "-c", "echo oops >&2; exit 3");
        List<String> err = new ArrayList<>();
        p.stderr().lines().connect(err::add);
        p.stdout().close();
        int code = yield_(p.start());
        return done("failing exit=" + code + " stderr=" + err);
    }

    public static void main(String[] args) {
        Shell sh = new Shell_Coroutines();
        System.out.println("exit=" + sh.doubleAll(List.of(1, 2, 3)).await());
        System.out.println("sorted: " + sh.sortLines("cherry", "apple", "banana").await());
        System.out.println(sh.failing().await());
    }
}
