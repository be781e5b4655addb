#!/bin/bash
# JDK 17 (default javac), --release 17. A static coroutine of a record reads another instance's component field
# (`p.x`, legal Java inside the record). The processor rejects it (documented: no private members) but its advice,
# "Make 'x' package-private", is impossible for a record component field; the fix is to call the accessor p.x().
# The message also says "the generated class that runs the body is a subclass", which a record's cannot be.
cd "$(dirname "$0")"; . ./common.sh
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public record Main(int x, int y) {
    @Coroutine
    static InProgress<Integer> sum(Main p) {
        yield_();
        return done(p.x + p.y);
    }
    public static void main(String[] args) {
        System.out.println(Main_Coroutines.sum(new Main(1, 2)).await());
    }
}
JAVA
kcompile --release 17 2>&1 && krun
