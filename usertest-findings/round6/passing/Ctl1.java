import java.io.*;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Ctl1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine
    static InProgress<Integer> fail(String kind) throws IOException {
        yield_();
        switch (kind) {
            case "io": throw new FileNotFoundException(kind);
            case "arg": throw new IllegalArgumentException(kind);
            case "state": throw new IllegalStateException(kind);
            default: return done(kind.length());
        }
    }

    final List<String> log = new ArrayList<>();

    class R implements AutoCloseable {
        final String n;
        R(String n) { this.n = n; log.add("open " + n); }
        @Override public void close() throws IOException {
            log.add("close " + n);
            if (n.startsWith("bad")) throw new IOException("close " + n);
        }
    }

    enum Mode { A, B, C }

    @SuppressWarnings("finally")
    @Coroutine
    InProgress<Integer> finallyReturn() {
        try {
            return done(yield_(later(1)));
        } finally {
            log.add("fr finally " + yield_(later(2)));
            return done(2);
        }
    }

    @SuppressWarnings("fallthrough")
    @Coroutine
    InProgress<List<String>> run() throws IOException {
        int n = 0;
        for (int i = 0; i < 10; i += yield_(later(3))) n += i;
        log.add("for " + n);
        int w = 0;
        while (yield_(later(w)) < 3) w++;
        log.add("while " + w);
        do w--; while (yield_(later(w > 0)));
        log.add("do " + w);
        for (String s : yield_(later(List.of("x", "y")))) log.add("each " + s + yield_(later(s.length())));
        for (Mode m : Mode.values()) {
            switch (yield_(later(m))) {
                case A:
                    log.add("A");
                case B:
                    log.add("B or fell " + yield_(later(m.ordinal())));
                    break;
                default:
                    log.add("other");
            }
        }
        String str = yield_(later("beta"));
        switch (str) {
            case "alpha", "beta" -> log.add("ab " + yield_(later(str)));
            default -> log.add("def");
        }
        log.add("sw " + switch (yield_(later('c'))) { case 'a', 'b' -> 1; case 'c' -> { int t = yield_(later(3)); yield t * t; } default -> 0; });
        out:
        for (int a = 0; a < 3; a++) {
            try {
                for (int b = 0; b < 3; b++) {
                    try {
                        if (yield_(later(a * 3 + b)) == 4) break out;
                        if (b == 1) continue out;
                    } finally {
                        log.add("fin-in " + a + b + yield_(later("")));
                    }
                }
            } finally {
                log.add("fin-out " + a);
            }
        }
        for (String k : List.of("io", "arg", "state", "ok")) {
            try {
                log.add("res " + yield_(fail(k), IOException.class));
            } catch (IllegalArgumentException | IllegalStateException e) {
                log.add("multi " + e.getClass().getSimpleName() + yield_(later(e.getMessage())));
            } catch (FileNotFoundException e) {
                log.add("fnf " + yield_(later(e.getMessage())));
            }
        }
        try (R r = yield_(later(new R("one"))); R r2 = new R("bad" + yield_(later(2)))) {
            log.add("body " + r.n + r2.n);
            throw new IllegalStateException("body");
        } catch (IllegalStateException e) {
            log.add("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage());
        } catch (IOException e) {
            log.add("io " + e.getMessage());
        }
        R shared = new R("shared");
        try (shared; R r3 = new R("bad3")) {
            log.add("body2 " + yield_(later(r3.n)));
        } catch (IOException e) {
            log.add("io2 " + e.getMessage() + " " + e.getSuppressed().length);
        }
        log.add("fr " + yield_(finallyReturn()));
        return done(log);
    }

    public static void main(String[] args) throws Exception {
        new Ctl1_Coroutines().run().await().forEach(System.out::println);
    }
}
