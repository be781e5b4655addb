import java.time.Duration;
import java.util.*;
import java.util.stream.*;
import kaa.*;
import static kaa.Async.*;

public interface Events {
    sealed interface Event<T> permits Created, Updated, Deleted {}
    record Created<T>(String id, T payload) implements Event<T> {}
    record Updated<T>(String id, T before, T after) implements Event<T> {}
    record Deleted<T>(String id) implements Event<T> {}
    record Box<T>(T content) {}

    @Coroutine
    static InProgress<Event<Box<Integer>>> poll(Iterator<Event<Box<Integer>>> source) {
        yield_(delay(Duration.ofMillis(1)));
        return done(source.hasNext() ? source.next() : null);
    }

    @Coroutine
    static InProgress<Integer> validate(int v) {
        yield_();
        return done(v < 0 ? -1 : v);
    }

    @Coroutine
    static InProgress<String> process(List<Event<Box<Integer>>> events) {
        enum Kind { NEW, CHANGE, GONE }
        record Entry(Kind kind, String id, int value) {
            String show() { return kind.name().toLowerCase() + ":" + id + "=" + value; }
        }
        var it = events.iterator();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> state = new TreeMap<>();
        while (true) {
            Entry e = switch (yield_(poll(it))) {
                case null -> null;
                case Created<Box<Integer>>(var id, Box<Integer>(var v)) when yield_(validate(v)) < 0 ->
                    new Entry(Kind.NEW, id, 0);
                case Created<Box<Integer>>(var id, Box<Integer>(Integer v)) -> new Entry(Kind.NEW, id, v);
                case Updated<Box<Integer>>(var id, var b, Box<Integer>(var a)) when b.content().equals(a) -> new Entry(Kind.CHANGE, id, -999);
                case Updated<Box<Integer>>(var id, var b, var a) -> new Entry(Kind.CHANGE, id, yield_(validate(a.content())));
                case Deleted<Box<Integer>> d -> new Entry(Kind.GONE, d.id(), state.getOrDefault(d.id(), 0));
            };
            if (e == null) break;
            entries.add(e);
            switch (e.kind()) {
                case NEW, CHANGE -> { if (e.value() != -999) state.put(e.id(), e.value()); }
                case GONE -> state.remove(e.id());
            }
        }
        String log = entries.stream().map(Entry::show).collect(Collectors.joining(" "));
        return done(log + " | " + state);
    }

    static void main(String[] args) {
        List<Event<Box<Integer>>> evs = List.of(
            new Created<>("a", new Box<>(1)), new Created<>("b", new Box<>(-5)),
            new Updated<>("a", new Box<>(1), new Box<>(1)), new Updated<>("a", new Box<>(1), new Box<>(7)),
            new Created<>("c", new Box<>(3)), new Deleted<>("b"), new Updated<>("c", new Box<>(3), new Box<>(-2)));
        System.out.println(Events_Coroutines.process(evs).await());
    }
}
