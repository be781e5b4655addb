import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Long1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine
    static InProgress<Integer> boom(int x) {
        yield_();
        if (x % 3 == 0) throw new IllegalStateException("boom" + x);
        return done(x);
    }

    static final class Res implements AutoCloseable {
        final String n;
        final List<String> log;
        Res(String n, List<String> log) { this.n = n; this.log = log; log.add("open " + n); }
        @Override public void close() { log.add("close " + n); }
    }

    sealed interface Tok permits Num, Word, End {}
    record Num(int v) implements Tok {}
    record Word(String w) implements Tok {}
    record End() implements Tok {}

    @SuppressWarnings("fallthrough")
    @Coroutine
    InProgress<List<String>> process(List<Object> input) {
        List<String> log = new ArrayList<>();
        int total = 0, count = 0;
        StringBuilder sb = new StringBuilder();
        outer:
        for (int round = 0; round < 3; round++) {
            int idx = 0;
            inner:
            while (idx < input.size()) {
                Object o = input.get(idx++);
                Tok tok = o instanceof Integer i ? new Num(yield_(later(i)))
                        : o instanceof String s && !s.isEmpty() ? new Word(yield_(later(s)))
                        : new End();
                switch (tok) {
                    case Num n when n.v() < 0 -> {
                        log.add("neg " + n.v() + " r" + round);
                        continue outer;
                    }
                    case Num n -> total += yield_(later(n.v())) * (round + 1);
                    case Word w when w.w().equals("stop") -> {
                        log.add("stop at " + idx);
                        break inner;
                    }
                    case Word w -> sb.append(yield_(later(w.w().charAt(0))));
                    case End e -> {
                        if (yield_(later(round)) == 2) break outer;
                    }
                }
                count++;
            }
            log.add("round " + round + " total=" + total + " count=" + count);
        }
        String kind;
        switch (count % 4) {
            case 0:
                kind = "zero";
                break;
            case 1:
            case 2:
                kind = yield_(later("small"));
                if (count > 100) break;
                kind += "!";
            default:
                kind = kind(count) + yield_(later("?"));
        }
        log.add("kind " + kind);
        int q = switch (yield_(later(sb.length())) % 3) {
            case 0 -> 100;
            case 1 -> {
                int z = yield_(later(7));
                yield z * 2;
            }
            default -> yield_(later(-1));
        };
        log.add("q " + q + " sb " + sb);
        for (int x = 1; x <= 6; x++) {
            try (Res r1 = new Res("a" + x, log); Res r2 = new Res(yield_(later("b" + x)), log)) {
                if (x == 2) continue;
                int v = yield_(boom(x));
                log.add("ok " + v + " " + r1.n + r2.n);
                if (x == 5) break;
            } catch (IllegalStateException ex) {
                log.add("caught " + ex.getMessage());
                if (x == 6) return done(log);
            } finally {
                log.add("fin " + x + " " + yield_(later(x * x)));
            }
        }
        try {
            try {
                yield_(boom(9));
            } finally {
                log.add("inner finally");
            }
        } catch (RuntimeException ex) {
            log.add("outer catch " + ex.getMessage() + " " + yield_(later(total)));
        }
        do {
            total -= yield_(later(10));
        } while (total > 0);
        log.add("end " + total);
        return done(log);
    }

    static String kind(int c) { return "k" + c; }

    public static void main(String[] args) {
        List<Object> in = new ArrayList<>(List.of(1, "alpha", 2, "", 3, "beta", "stop", 4));
        Long1 l = new Long1_Coroutines();
        l.process(in).await().forEach(System.out::println);
        in = new ArrayList<>(List.of(5, -1, "x"));
        l.process(in).await().forEach(System.out::println);
        in = new ArrayList<>(List.of(5, "y", 6));
        l.process(in).await().forEach(System.out::println);
    }
}
