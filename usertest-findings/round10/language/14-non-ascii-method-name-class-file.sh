#!/bin/bash
# JDK 17 (default javac) --release 17, and JDK 25 --release 25, both run under LANG=C / LC_ALL=C (the POSIX locale
# of many CI containers). A coroutine with a non-ASCII method name (legal Java: `grüße`) gets a machine class named
# after it (GrüßeMachine), which becomes a class FILE name: javac cannot write it in a non-UTF-8 locale, although
# the user's own classes have only ASCII names and the same program without the processor compiles fine there.
cd "$(dirname "$0")"; . ./common.sh
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    @Coroutine
    InProgress<String> grüße(String name) {
        yield_();
        return done("hallo " + name);
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().grüße("welt").await());   // expected: hallo welt
    }
}
JAVA
for J in javac /usr/lib/jvm/temurin-25-jdk-amd64/bin/javac; do
  rm -rf $W/out $W/gen; mkdir -p $W/out $W/gen
  echo "=== $J, LANG=C"
  LANG=C LC_ALL=C $J -encoding UTF-8 -cp $RT -processorpath $PR:$JP -s $W/gen -d $W/out $W/Main.java 2>&1 && LANG=C LC_ALL=C java -cp $RT:$W/out Main
done
