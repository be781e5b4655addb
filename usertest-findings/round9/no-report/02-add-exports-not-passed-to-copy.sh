#!/bin/bash
# --add-exports / --add-modules of the build are not given to the processor's private copy task:
# the copy fails, the class silently falls back to in-place attribution, and valid code becomes an error.
set -u
R=~/.m2/repository
RT=$R/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
PP=$R/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$R/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
W=$(mktemp -d); mkdir -p $W/app $W/out
cat > $W/app/Opt.java <<'J'
package app;
import jdk.internal.util.ArraysSupport;
import kaa.*;
import static kaa.Async.*;
public abstract class Opt {
    static int counted() {
        var counter = new Object() { int n; };   // valid Java since 10
        counter.n++;
        return counter.n;
    }
    @Coroutine
    InProgress<String> go() {
        yield_();
        int n = yield_(InProgress.finished(ArraysSupport.newLength(10, 1, 5)));
        return done(n + " " + counted());
    }
    public static void main(String[] a) { System.out.println(new Opt_Coroutines().go().await()); }
}
J
O="--add-exports java.base/jdk.internal.util=ALL-UNNAMED"
echo "--- 1: with the option, default attribution"
javac $O -d $W/out -s $W/out -cp $RT -processorpath $PP $W/app/Opt.java && java $O -cp $W/out:$RT app.Opt
echo "--- 2: -Akaa.attribution=copy-only shows why"
javac $O -d $W/out -s $W/out -cp $RT -processorpath $PP -Akaa.attribution=copy-only $W/app/Opt.java
echo "--- 3: same source, --add-modules instead"
sed -i 's/import jdk.internal.util.ArraysSupport;/import jdk.incubator.vector.IntVector;/; s/ArraysSupport.newLength(10, 1, 5)/IntVector.SPECIES_64.length()/' $W/app/Opt.java
O="--add-modules jdk.incubator.vector"
javac $O -d $W/out -s $W/out -cp $RT -processorpath $PP -Akaa.attribution=copy-only $W/app/Opt.java 2>&1 | grep -v incubating
# expected: 1 prints "15 1"; 2 and 3 compile
