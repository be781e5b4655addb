#!/bin/bash
# usage: run.sh src/Name.java  -> compiles (release from "// RELEASE: 21" header, default 17), runs, compares "//| " lines
f=$1; n=$(basename $f .java); o=/tmp/usertest/out/$n; rm -rf $o; mkdir -p $o/gen
rel=$(grep -oP '^// RELEASE: \K\d+' $f || echo 17)
JAVAC=javac; JAVA=java
if [ "$rel" = 21 ] || [ -n "$JDK25" ]; then JAVAC=/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac; JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi
L=/tmp/usertest
if ! $JAVAC -d $o -s $o/gen --release $rel -Xlint:all ${LINTX--Xlint:-processing} -Werror -cp $L/runtime.jar -processorpath $L/processor.jar:$L/javapoet.jar $f > $o/javac.txt 2>&1; then
  echo "=== $n: COMPILE FAILED"; head -40 $o/javac.txt; exit 1; fi
[ -s $o/javac.txt ] && { echo "--- $n javac output:"; cat $o/javac.txt; }
grep -oP '^//\| ?\K.*' $f > $o/expected.txt
pkg=$(grep -oP "^package \K[\w.]+(?=;)" $f); main=${pkg:+$pkg.}$n
timeout 60 $JAVA -ea -cp $o:$L/runtime.jar $main > $o/actual.txt 2>$o/stderr.txt; rc=$?
if diff -u $o/expected.txt $o/actual.txt > $o/diff.txt && [ $rc = 0 ]; then echo "=== $n: PASS"; else echo "=== $n: FAIL rc=$rc"; cat $o/diff.txt; head -20 $o/stderr.txt; fi
