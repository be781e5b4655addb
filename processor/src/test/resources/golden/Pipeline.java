import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

/**
 * The generated code for the harder constructs: a yield_ inside an expression (left-to-right temporaries),
 * && around a suspension, a finally that suspends and is left by break and return, an arrow switch whose arms
 * suspend, a lambda capturing a hoisted loop variable, and a reference field cleared once it is dead.
 */
public abstract class Pipeline {
    abstract InProgress<String> fetch(String key);

    abstract InProgress<Void> flush();

    @Coroutine
    InProgress<Integer> run(List<String> keys, boolean strict) {
        int total = 0;
        List<Supplier<String>> log = new ArrayList<>();
        for (String key : keys) {
            try {
                String value = yield_(fetch(key));
                if (value.isEmpty() && strict) {
                    break;
                }
                total += key.length() + yield_(fetch(value)).length();
                if (strict && yield_(fetch("stop")).equals(key)) {
                    return done(-1);
                }
                log.add(() -> key + "=" + value);
            } finally {
                yield_(flush());
            }
        }
        int bonus = switch (log.size()) {
            case 0 -> 0;
            case 1 -> yield_(fetch("one")).length();
            default -> {
                yield_();
                yield log.size();
            }
        };
        return done(total + bonus);
    }
}
