#!/bin/bash
# usage: r.sh [--nobuild] Prog... : build (mvn -o -q compile) then run each program with a timeout
cd "$(dirname "$0")/conf"
if [ "$1" = --nobuild ]; then shift; else mvn -o -q compile 2>&1 | grep -E 'ERROR|error:' | head -20; fi
CP=target/classes:$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
JAVA=${JAVA:-java}
for p in "$@"; do echo "=== $p"; timeout ${TMO:-30} $JAVA -cp $CP r11.$p 2>&1; echo "rc=$?"; done
