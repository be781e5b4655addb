package kaa.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names of one machine's fields, locals and labels: the first request for a name gets it, later ones get it with
 * a number ({@code old}, {@code old_2}, {@code old_3}), so the three hundred temporaries of a large body stay
 * readable and allocating one costs the same as the first.
 */
final class Names {
    private final Set<String> taken = new HashSet<>();
    /** The next number to try for each name asked for more than once. */
    private final Map<String, Integer> next = new HashMap<>();

    /** A name that no earlier call returned: {@code hint} itself if it is free. */
    String newName(String hint) {
        if (hint.isEmpty() || hint.equals("_")) {
            hint = "unnamed"; // an unnamed variable (Java 22): javac names it "", and it is never read
        }
        if (taken.add(hint)) {
            return hint;
        }
        int n = next.getOrDefault(hint, 2);
        String name;
        do {
            name = hint + "_" + n++;
        } while (!taken.add(name));
        next.put(hint, n);
        return name;
    }
}
