import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import kaa.*;
import static kaa.Async.*;

/** A generic async repository: subclasses provide storage. */
public abstract class Repo<T extends Repo.HasId> {
    public interface HasId { String id(); }

    protected final Map<String, T> rows = new LinkedHashMap<>();
    final List<String> audit = new ArrayList<>();

    abstract boolean valid(T row);

    @Coroutine
    InProgress<T> save(T row) {
        yield_(delay(Duration.ofMillis(1)));
        if (!valid(row)) throw new IllegalArgumentException("invalid " + row.id());
        T old = rows.put(row.id(), row);
        audit.add((old == null ? "insert " : "update ") + row.id());
        return done(row);
    }

    @Coroutine
    InProgress<Optional<T>> find(String id) {
        yield_();
        return done(Optional.ofNullable(rows.get(id)));
    }

    @Coroutine
    InProgress<Integer> saveAll(List<? extends T> batch) {
        int ok = 0;
        for (T row : batch) {
            try {
                yield_(save(row));
                ok++;
            } catch (IllegalArgumentException e) {
                audit.add("skip " + e.getMessage());
            }
        }
        return done(ok);
    }
}
