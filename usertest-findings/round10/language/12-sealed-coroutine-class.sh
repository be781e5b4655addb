#!/bin/bash
# JDK 17 (default javac), --release 17. A `sealed` abstract class with instance coroutines. The generated subclass is
# always `public class X_Coroutines extends X`: (a) when the permits clause does not name it, javac rejects it as not
# permitted; (b) when it does (permits Main_Coroutines), javac rejects it for lacking sealed/non-sealed/final.
# The processor says nothing about sealed classes; the user only sees errors in generated code.
cd "$(dirname "$0")"; . ./common.sh
echo "=== (a) sealed class with a permitted subclass: the processor asks to extend Main_Coroutines, which the sealed class cannot permit usefully either"
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public sealed abstract class Main permits Main.Circle {
    @Coroutine
    InProgress<String> area() { yield_(); return done("area of " + getClass().getSimpleName()); }

    static final class Circle extends Main {}

    public static void main(String[] args) { System.out.println(new Circle().area().await()); }
}
JAVA
kcompile --release 17 2>&1 && krun
rm -rf $W/*; mkdir -p $W/out $W/gen
echo "=== (b) sealed class permitting the generated class"
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public sealed abstract class Main permits Main_Coroutines {
    @Coroutine
    InProgress<String> area() { yield_(); return done("area"); }

    public static void main(String[] args) { System.out.println(new Main_Coroutines().area().await()); }
}
JAVA
kcompile --release 17 2>&1 && krun
