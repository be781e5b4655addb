// Passing program 01: Channel pipeline (producer/filter/aggregator), records, enums, EnumMap, streams and collectors in a coroutine
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p01pipeline.Pipeline
// Expected output (checked by hand against the README's semantics; timings may vary):
//   8 lines; Summary[counts={INFO=3, WARN=2, ERROR=1}, serious=[#3 disk 91%, #5 db down, #8 slow]]
package p01pipeline;

import java.time.Duration;
import java.util.*;
import java.util.stream.*;
import kaa.*;
import static kaa.Async.*;

/** Producer/consumer pipeline: parse -> filter -> aggregate with Channels, records, enums, streams. */
public abstract class Pipeline {
    enum Level { DEBUG, INFO, WARN, ERROR;
        boolean serious() { return this == WARN || this == ERROR; }
    }

    record LogLine(int no, Level level, String message) {
        static LogLine parse(int no, String text) {
            var parts = text.split(":", 2);
            return new LogLine(no, Level.valueOf(parts[0].trim()), parts[1].trim());
        }
    }

    record Summary(Map<Level, Long> counts, List<String> serious) {}

    @Coroutine
    InProgress<Integer> produce(List<String> raw, Channel<LogLine> out) {
        var sent = 0;
        for (var i = 0; i < raw.size(); i++) {
            var line = LogLine.parse(i + 1, raw.get(i));
            yield_(out.send(line));
            sent++;
            if (sent % 3 == 0) {
                yield_(delay(Duration.ofMillis(5)));
            }
        }
        out.close();
        return done(sent);
    }

    @Coroutine
    InProgress<Void> filter(Channel<LogLine> in, Channel<LogLine> out, Level min) {
        try {
            while (true) {
                var line = yield_(in.receive());
                if (line.level().compareTo(min) >= 0) {
                    yield_(out.send(line));
                }
            }
        } catch (ChannelClosedException e) {
            out.close();
        }
        return done();
    }

    @Coroutine
    InProgress<Summary> aggregate(Channel<LogLine> in) {
        var all = new ArrayList<LogLine>();
        try {
            for (;;) {
                all.add(yield_(in.receive()));
            }
        } catch (ChannelClosedException end) {
            // done
        }
        var counts = all.stream()
                .collect(Collectors.groupingBy(LogLine::level, () -> new EnumMap<>(Level.class), Collectors.counting()));
        var serious = all.stream()
                .filter(l -> l.level().serious())
                .map(l -> "#" + l.no() + " " + l.message())
                .toList();
        return done(new Summary(counts, serious));
    }

    @Coroutine
    InProgress<String> runAll(List<String> raw) {
        var a = new Channel<LogLine>(2);
        var b = new Channel<LogLine>(0);
        var produced = produce(raw, a);
        filter(a, b, Level.INFO);
        var summary = yield_(aggregate(b));
        int n = yield_(produced);
        return done(n + " lines; " + summary);
    }

    public static void main(String[] args) {
        var raw = Stream.of("DEBUG: boot", "INFO: started", "WARN: disk 91%", "DEBUG: tick",
                "ERROR: db down", "INFO: retry", "INFO: db up", "WARN: slow").toList();
        Pipeline p = new Pipeline_Coroutines();
        System.out.println(p.runAll(raw).await());
    }
}
