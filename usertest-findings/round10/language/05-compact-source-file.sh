#!/bin/bash
# JDK 25 (temurin-25), --release 25. A static @Coroutine in a compact source file (implicitly declared class, JEP 512).
# The processor generates nothing for it, yet its error for a direct call says to call Compact_Coroutines.twice(...),
# a class that never exists (and an implicitly declared class could not be named from a generated class anyway).
cd "$(dirname "$0")"; JDK=25; . ./common.sh
rm -f $W/*.java
cat > $W/Compact.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

@Coroutine
static InProgress<Integer> twice(int v) {
    yield_();
    return done(v * 2);
}

void main() {
    IO.println(twice(21).await());
}
JAVA
echo "=== 1: direct call"; $JAVAC --release 25 -cp $RT -processorpath $PR:$JP -s $W/gen -d $W/out $W/Compact.java 2>&1
echo "generated sources: $(ls $W/gen | wc -l)"
sed -i 's/twice(21)/Compact_Coroutines.twice(21)/' $W/Compact.java
echo "=== 2: after following the advice"; $JAVAC --release 25 -cp $RT -processorpath $PR:$JP -s $W/gen -d $W/out $W/Compact.java 2>&1
echo "generated sources: $(ls $W/gen | wc -l)"
echo "=== 3: an abstract static member class with instance coroutines inside a compact source file"
rm -rf $W/*; mkdir -p $W/out $W/gen
cat > $W/Compact2.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

abstract static class Counter {
    @Coroutine
    InProgress<Integer> twice(int v) {
        yield_();
        return done(v * 2);
    }
}

void main() {
    IO.println(new Compact2_Counter_Coroutines().twice(21).await());
}
JAVA
$JAVAC --release 25 -cp $RT -processorpath $PR:$JP -s $W/gen -d $W/out $W/Compact2.java 2>&1
echo "generated sources: $(ls $W/gen | wc -l)"
