#!/bin/bash
# The slow-step watchdog (README: a step holding the loop thread > 100 ms is logged while it runs) often misses
# the first slow step of the program: 10 fresh JVMs, each runs two posted 300 ms busy tasks under await().
set -e
H=$(cd "$(dirname "$0")" && pwd); . "$H/common.sh"
D=$(mktemp -d); cat > "$D/Slow.java" <<'JAVA'
import java.time.Duration;
import java.util.logging.*;
import kaa.*;
import static kaa.Async.*;

public class Slow {
    static volatile int warnings;
    static void spin(long ms) { long e = System.nanoTime() + ms * 1_000_000L; while (System.nanoTime() < e) {} }
    public static void main(String[] a) throws Exception {
        Logger kaaLog = Logger.getLogger("kaa");
        kaaLog.setUseParentHandlers(false);
        kaaLog.addHandler(new Handler() {
            public void publish(LogRecord r) { if (String.valueOf(r.getMessage()).contains("held its thread")) warnings++; }
            public void flush() {} public void close() {} });
        StringBuilder sb = new StringBuilder("warnings per 300 ms step:");
        for (int i = 0; i < 2; i++) {
            int before = warnings;
            Main.post(() -> spin(300));
            delay(Duration.ofMillis(500)).await();
            sb.append(' ').append(warnings - before);
        }
        System.out.println(sb);
    }
}
JAVA
kaa_build
for i in $(seq 10); do kaa_run Slow; done | sort | uniq -c
