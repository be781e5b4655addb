#!/bin/bash
# Builds and runs every conformance program. Usage: /tmp/r11/run-all.sh [--jdk25]
#   --jdk25 : build with JDK 25's javac (copy of the project in /tmp/r11/conf25) and run on JDK 25
# Outputs (stdout+stderr) go to /tmp/r11/out[25]/<Program>.txt and are echoed.
set -u
R=$(cd "$(dirname "$0")" && pwd)
JAR=$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
PROJ=$R/conf; OUT=$R/out; JAVA=java
if [ "${1:-}" = --jdk25 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; export PATH=$JAVA_HOME/bin:$PATH
  rm -rf $R/conf25; mkdir -p $R/conf25; cp -r $R/conf/pom.xml $R/conf/src $R/conf25/
  PROJ=$R/conf25; OUT=$R/out25; JAVA=$JAVA_HOME/bin/java
fi
mkdir -p $OUT
echo "### building $PROJ with $(javac -version 2>&1)"
(cd $PROJ && mvn -o -q compile) || { echo "BUILD FAILED"; exit 1; }
CP=$PROJ/target/classes:$JAR
cd $R   # P52 writes its Unix socket, P58 its keystore, under the temporary directory
for f in $(cd $PROJ/src/main/java/r11 && ls P*.java F*.java | sort); do
  p=${f%.java}
  if [ "$p" = P39bCrossThreadAbort ]; then runs=("await" "run"); else runs=(""); fi
  for arg in "${runs[@]}"; do
    name=$p${arg:+-$arg}
    echo "=== $name"
    timeout 90 $JAVA -cp $CP r11.$p $arg > $OUT/$name.txt 2>&1; rc=$?
    cat $OUT/$name.txt; echo "rc=$rc"
  done
done
echo "=== compile-errors (expected: build FAILS with [kaa.yield-in-lambda] at 15 and [kaa.yield-in-synchronized] at 20)"
(cd $R/compile-errors && rm -rf target && mvn -o -q compile 2>&1 | grep -E 'ERROR.*\.java' | sort -u | sed 's/\x1b\[[0-9;]*m//g')
