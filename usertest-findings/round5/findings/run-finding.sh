#!/bin/bash
# usage: run-finding.sh NN-name.java ClassName [release] [jdk 25|17]
f=$1; cls=$2; rel=${3:-21}; jdk=${4:-25}
if [ "$jdk" = 25 ]; then J=/usr/lib/jvm/temurin-25-jdk-amd64/bin; else J=/usr/lib/jvm/java-17-openjdk-amd64/bin; fi
L=/tmp/u5/lib
d=/tmp/finding-$cls; rm -rf $d; mkdir -p $d/gen $d/cls; cp "$(dirname $0)/$f" $d/$cls.java; cd $d
$J/javac --release $rel -Xlint:all -Xlint:-processing -Werror -cp $L/kaa-runtime-0.1.0-SNAPSHOT.jar \
  -processorpath $L/kaa-processor-0.1.0-SNAPSHOT.jar:$L/javapoet-0.22.0.jar -s gen -d cls $cls.java || exit 1
$J/java -cp cls:$L/kaa-runtime-0.1.0-SNAPSHOT.jar $cls
