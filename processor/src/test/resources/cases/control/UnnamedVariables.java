// Unnamed variables and patterns (Java 22) whose scope spans a yield_: a for-each variable, a local, a second for
// initializer, a catch parameter, type and record patterns in a switch, a resource (usertest round 10: the machine
// declared a field with an empty name, or the processor failed on it). An unnamed variable is never read, so it
// stays as written; an unnamed resource is still closed.
// RELEASE: 22
// OUTPUT:
// for-each 3
// local ok
// for-init 20
// catch caught
// type a!
// record p1
// alternatives other1
// closed
// resource 7
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class UnnamedVariables {
    record Point(int x, int y) {}
    record Box(Object o) {}
    sealed interface S permits A, B {}
    record A(int v) implements S {}
    record B(String s) implements S {}

    static final class Res implements AutoCloseable {
        @Override
        public void close() {
            System.out.println("closed");
        }
    }

    @Coroutine
    InProgress<String> forEach() {
        int n = 0;
        for (var _ : List.of(1, 2, 3)) {
            yield_();
            n++;
        }
        return done("for-each " + n);
    }

    @Coroutine
    InProgress<String> local() {
        int _ = yield_(InProgress.finished(4));
        return done("local ok");
    }

    @Coroutine
    InProgress<String> forInit() {
        int n = 0;
        for (int i = 0, _ = yield_(InProgress.finished(5)); i < 2; i++) n += 10;
        return done("for-init " + n);
    }

    @Coroutine
    InProgress<String> catchParameter() {
        try {
            yield_(InProgress.failed(new IllegalStateException("x")));
        } catch (IllegalStateException _) {
            return done("catch caught");
        }
        return done("catch no");
    }

    @Coroutine
    InProgress<String> patterns(S s, Object point) {
        String type = switch (s) {
            case A _ -> "a" + yield_(InProgress.finished("!"));
            case B b -> "b" + b.s();
        };
        String record = switch (point) {
            case Point(var x, var _) -> "p" + x + yield_(InProgress.finished(""));
            default -> "d";
        };
        String alternatives = switch (point) {
            case Box(_), Point _ -> "other" + yield_(InProgress.finished(1));
            default -> "d";
        };
        return done("type " + type + "\nrecord " + record + "\nalternatives " + alternatives);
    }

    @Coroutine
    InProgress<String> resource() {
        int n = 0;
        try (var _ = new Res()) {
            n += yield_(InProgress.finished(7));
        }
        return done("resource " + n);
    }

    public static void main(String[] args) {
        UnnamedVariables u = new UnnamedVariables_Coroutines();
        System.out.println(u.forEach().await());
        System.out.println(u.local().await());
        System.out.println(u.forInit().await());
        System.out.println(u.catchParameter().await());
        System.out.println(u.patterns(new A(1), new Point(1, 2)).await());
        System.out.println(u.resource().await());
    }
}
