import java.util.*;
import kaa.*;
import static kaa.Async.*;

/** Parses a tiny line protocol: "HELLO name", "DATA n" followed by n lines, "BYE". */
public abstract class ProtoParser {
    sealed interface State permits Start, Greeted, InData, Done {}
    record Start() implements State {}
    record Greeted(String who) implements State {}
    record InData(String who, int remaining, List<String> acc) implements State {}
    record Done(String who, int blocks) implements State {}

    sealed interface Msg permits Hello, Data, Line, Bye, Junk {}
    record Hello(String who) implements Msg {}
    record Data(int n) implements Msg {}
    record Line(String text) implements Msg {}
    record Bye() implements Msg {}
    record Junk(String raw) implements Msg {}

    static Msg classify(String raw, State st) {
        if (st instanceof InData) return new Line(raw);
        String[] p = raw.split(" ", 2);
        return switch (p[0]) {
            case "HELLO" -> p.length == 2 ? new Hello(p[1]) : new Junk(raw);
            case "DATA" -> {
                try { yield new Data(Integer.parseInt(p[1])); }
                catch (RuntimeException e) { yield new Junk(raw); }
            }
            case "BYE" -> new Bye();
            default -> new Junk(raw);
        };
    }

    @Coroutine
    InProgress<String> next(Channel<String> in) {
        try {
            return done(yield_(in.receive()));
        } catch (ChannelClosedException e) {
            return done(null);
        }
    }

    @Coroutine
    InProgress<List<String>> parse(Channel<String> in) {
        List<String> out = new ArrayList<>();
        State st = new Start();
        int blocks = 0;
        String raw;
        loop:
        while ((raw = yield_(next(in))) != null) {
            Msg m = classify(raw, st);
            st = switch (st) {
                case Start s when m instanceof Hello(var who) -> {
                    out.add("hello " + who);
                    yield new Greeted(who);
                }
                case Start s -> {
                    out.add("expected HELLO, got " + raw);
                    yield s;
                }
                case Greeted(var who) when m instanceof Data(var n) && n > 0 -> new InData(who, n, new ArrayList<>());
                case Greeted g when m instanceof Data(var n) -> { out.add("empty block"); yield g; }
                case Greeted(var who) when m instanceof Bye -> new Done(who, blocks);
                case Greeted g -> { out.add("junk from " + g.who() + ": " + raw); yield g; }
                case InData(var who, var rem, var acc) when rem > 1 && m instanceof Line(var t) -> {
                    acc.add(t);
                    yield new InData(who, rem - 1, acc);
                }
                case InData(var who, var rem, var acc) -> {
                    acc.add(((Line) m).text());
                    blocks++;
                    out.add(who + " sent " + String.join("|", acc));
                    yield new Greeted(who);
                }
                case Done d -> throw new IllegalStateException("after done");
            };
            if (st instanceof Done(var who, var b)) {
                out.add("bye " + who + " after " + b + " blocks");
                break loop;
            }
        }
        if (!(st instanceof Done)) out.add("unexpected end in " + st.getClass().getSimpleName());
        return done(out);
    }

    @Coroutine
    InProgress<Void> feed(Channel<String> ch, String text) {
        for (String line : text.lines().toList()) {
            yield_(ch.send(line));
            yield_();
        }
        ch.close();
        return done();
    }

    public static void main(String[] args) {
        ProtoParser p = new ProtoParser_Coroutines();
        String[] inputs = {
            """
            GARBAGE
            HELLO alice
            DATA 2
            one
            two
            DATA x
            DATA 0
            DATA 1
            three
            BYE
            IGNORED
            """,
            """
            HELLO bob
            DATA 3
            a
            """
        };
        for (String text : inputs) {
            Channel<String> ch = new Channel<>(0);
            InProgress<List<String>> r = p.parse(ch);
            p.feed(ch, text);
            r.await().forEach(System.out::println);
            System.out.println("--");
        }
    }
}
