#!/bin/bash
# JDK 25 --enable-preview: primitive type pattern in a switch on an int, with a yield_ in the switch
set -u
R=~/.m2/repository
RT=$R/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
PP=$R/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$R/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
W=$(mktemp -d); mkdir -p $W/app $W/out
cat > $W/app/Prim.java <<'J'
package app;
import kaa.*;
import static kaa.Async.*;
public abstract class Prim {
    @Coroutine
    InProgress<String> kind(int code) {
        String k = switch (code) {
            case 0 -> "zero";
            case int i when i > yield_(InProgress.finished(100)) -> "big";
            case int i -> "small " + i;
        };
        return done(k);
    }
    public static void main(String[] a) {
        Prim p = new Prim_Coroutines();
        System.out.println(p.kind(0).await() + " " + p.kind(5).await() + " " + p.kind(500).await());
    }
}
J
$J/javac --release 25 --enable-preview -Xlint:-preview -d $W/out -s $W/out -cp $RT -processorpath $PP $W/app/Prim.java \
  && $J/java --enable-preview -cp $W/out:$RT app.Prim
# expected: zero small 5 big
