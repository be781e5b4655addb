// Passing program 10: static coroutines in an interface, a nested enum and a record; varargs; iterators/Map entries/labeled loops/do-while/switch-on-string with yield_; lambda capturing locals across yield_
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p10statics.Jobs
// Expected output (checked by hand against the README's semantics; timings may vary):
//   Jobs.totalLength[suspended at Jobs.java:23 awaiting coroutine Jobs.slowLength] -> 5
//   0
//   HIGH
//   {LOW=[ls, du], HIGH=[backup, reindex]}
//   [run:a0][run:a1][run:a2][run:a3][run:b0][run:b1] [3, 2, 1] rounds=3 do-while rounds=3 L48
//   0,1,2
package p10statics;

import java.time.Duration;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import kaa.*;
import static kaa.Async.*;

/** Static coroutines in an interface, an enum and a record; varargs; lambdas capturing locals that live
 *  across yield_; iterators and Map entries across yield_; labeled loops; do-while with yield_ in the
 *  condition; yield_ in ternaries, compound assignments to array elements and string switches. */
public interface Jobs {
    @Coroutine(interval = 1)
    static InProgress<Integer> slowLength(String s) {
        yield_();
        return done(s.length());
    }

    @Coroutine
    static InProgress<Integer> totalLength(String... parts) {
        var total = 0;
        for (var p : parts) total += yield_(slowLength(p));
        return done(total);
    }

    default InProgress<Integer> lengthOf(String... parts) {
        return Jobs_Coroutines.totalLength(parts);
    }

    enum Priority {
        LOW, HIGH;

        @Coroutine
        static InProgress<Priority> classify(String job) {
            int n = yield_(slowLength(job));
            return done(n > 5 ? HIGH : LOW);
        }
    }

    record Batch(String name, List<String> jobs) {
        @Coroutine
        static InProgress<Map<Priority, List<String>>> plan(Batch b) {
            var byPrio = new EnumMap<Priority, List<String>>(Priority.class);
            var it = b.jobs().iterator();
            while (it.hasNext()) {
                var job = it.next();
                var p = yield_(Priority.classify(job));
                byPrio.computeIfAbsent(p, k -> new ArrayList<>()).add(job);
            }
            return done(byPrio);
        }
    }

    @Coroutine
    static InProgress<String> misc(Map<String, Integer> budget) {
        var counts = new int[3];
        var out = new StringBuilder();
        var label = "run";
        Function<String, String> tag = s -> "[" + label + ":" + s + "]";   // captures a local that lives across yields
        outer:
        for (var e : new TreeMap<>(budget).entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                if (e.getKey().startsWith("skip")) continue outer;
                if (i == 2 && e.getKey().equals("b")) break outer;
                counts[i % 3] += yield_(slowLength(e.getKey()));
                out.append(tag.apply(e.getKey() + i));
            }
        }
        int rounds = 0;
        do {
            rounds++;
        } while (yield_(slowLength("x".repeat(rounds))) < 3);
        var mood = switch (out.length() > 10 ? "long" : yield_(InProgress.finished("short"))) {
            case "long" -> "L" + yield_(slowLength(out.toString()));
            case "short" -> "S";
            default -> "?";
        };
        Supplier<String> later = () -> Arrays.toString(counts) + " rounds=" + counts.length;
        return done(out + " " + later.get() + " do-while rounds=" + rounds + " " + mood);
    }

    static void main(String[] args) {
        Jobs jobs = new Jobs() {};
        System.out.println(jobs.lengthOf("ab", "cde", "") + " -> " + jobs.lengthOf("ab", "cde", "").await());
        System.out.println(Jobs_Coroutines.totalLength().await());
        System.out.println(Jobs_Priority_Coroutines.classify("shortish").await());
        System.out.println(Jobs_Batch_Coroutines.plan(new Batch("b1", List.of("backup", "ls", "reindex", "du"))).await());
        var budget = new HashMap<String, Integer>();
        budget.put("a", 4);
        budget.put("skip-me", 2);
        budget.put("b", 5);
        budget.put("c", 1);
        System.out.println(Jobs_Coroutines.misc(budget).await(Duration.ofSeconds(2)));
        System.out.println(IntStream.range(0, 3).mapToObj(i -> Jobs_Coroutines.slowLength("z".repeat(i)))
                .map(InProgress::await).map(String::valueOf).collect(Collectors.joining(",")));
    }
}
