#!/bin/bash
# Finding 02: [kaa.yield-outside-coroutine] in a field initializer, initializer block, constructor or lambda
# tells the user to annotate 'the enclosing method' / '<init>' / the method around the lambda with @Coroutine.
set -u
M2=~/.m2/repository
RT=$M2/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
P=$M2/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar
JP=$M2/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
W=$(mktemp -d /tmp/u9c-f02.XXXX); cd $W; mkdir -p src/t out
cat > src/t/Main.java <<'EOF'
package t;

import kaa.*;
import static kaa.Async.*;

public class Main {
    static final int X = yield_(InProgress.finished(1));   // line 7: field initializer

    Main() {
        yield_();                                           // line 10: constructor
    }

    static {
        yield_();                                           // line 14: static initializer
    }

    public static void main(String[] args) {
        Runnable r = () -> yield_();                        // line 18: lambda in a plain method
    }
}
EOF
javac --release 17 -d out -cp $RT -processorpath $P:$JP src/t/Main.java 2>&1 | grep error
