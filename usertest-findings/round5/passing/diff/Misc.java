import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Misc {
    static final List<String> T = new ArrayList<>();
    int counter;

    class Conn implements AutoCloseable {       // inner (non-static) class
        final String name;
        Conn(String name) { this.name = name; counter++; T.add("open " + name); }
        @Override public void close() { T.add("close " + name + " of " + counter); }
    }

    @Coroutine InProgress<Boolean> b(boolean x) { yield_(); T.add("b" + x); return done(x); }
    @Coroutine InProgress<RuntimeException> ex(String m) { yield_(); return done(new IllegalStateException(m)); }

    @Coroutine
    InProgress<String> run(boolean fail) {
        assert counter >= 0 : "plain assert";
        Conn c = new Conn("c1");
        try (c; Conn d = new Conn("d" + yield_(b(true)))) {
            T.add("body " + d.name);
        }
        Comparator<String> byLen = new Comparator<>() {
            @Override public int compare(String a, String b2) { return Integer.compare(a.length(), b2.length()); }
        };
        int base = counter;
        class Tagger { String tag(String s) { return s + "#" + base; } }
        Tagger tg = new Tagger();
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
        yield_(b(true));
        words.sort(byLen);
        Function<String, String> f = tg::tag;
        String res = words.stream().map(f).reduce("", String::concat);
        var lub = yield_(b(fail)) ? Integer.valueOf(1) : Double.valueOf(2);
        res += " " + lub;
        for (var e : new TreeMap<>(Map.of("k1", 1, "k2", 2)).entrySet()) {
            if (yield_(b(e.getValue() > 1))) res += " " + e.getKey();
        }
        if (fail) throw yield_(ex("thrown " + res));
        return done(res + " " + Misc.this.counter);
    }

    public static void main(String[] args) {
        Misc m = new Misc_Coroutines();
        System.out.println(m.run(false).await());
        try { m.run(true).await(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        System.out.println(T);
    }
}
