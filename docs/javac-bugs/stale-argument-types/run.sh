#!/usr/bin/env bash
# Plain.java compiles without the processor and is rejected with it:
#   Plain.java:7: error: incompatible types: bad type in conditional expression
#       T#1 cannot be converted to T#2
# (javac 17.0.x and 25.0.x). README.md here says why.
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
javac -d "$out/p" AttributingProcessor.java
javac -d "$out/a" Plain.java && echo "without the processor: compiles"
javac -d "$out/b" -processorpath "$out/p" -processor AttributingProcessor Plain.java
