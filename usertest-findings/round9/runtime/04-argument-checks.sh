#!/bin/bash
# Bad arguments: all() with a null element fails with an NPE naming internals; await() accepts a negative
# Duration that timeout()/delay() reject.
set -e
H=$(cd "$(dirname "$0")" && pwd); . "$H/common.sh"
D=$(mktemp -d); cat > "$D/Args.java" <<'JAVA'
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public class Args {
    interface Op { Object run() throws Exception; }
    static void p(String what, Op op) {
        try { System.out.println(what + ": value " + op.run()); }
        catch (Throwable t) { System.out.println(what + ": " + t); }
    }
    public static void main(String[] a) {
        p("all(finished, null)", () -> InProgress.all(InProgress.finished(1), null).await());
        p("any(finished, null)", () -> InProgress.any(InProgress.finished(1), null).await());
        p("timeout(-1 s)", () -> new InProgress<String>().timeout(Duration.ofSeconds(-1)));
        p("delay(-1 s)", () -> delay(Duration.ofSeconds(-1)));
        p("await(-1 s)", () -> new InProgress<String>().await(Duration.ofSeconds(-1)));
    }
}
JAVA
kaa_build && kaa_run Args
