#!/bin/bash
# ./run.sh build            compile src/ with the processor (generated sources in gen/)
# ./run.sh CASE [jvm opts]  run a case; see the case list below
cd "$(dirname "$0")"
M=~/.m2/repository
RT=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
PP=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
build() {  # build SRCDIR OUT GEN [extra javac args]
  local src=$1 out=$2 gen=$3; shift 3
  rm -rf "$out" "$gen"; mkdir -p "$out" "$gen"
  nice $JAVAC -g -d "$out" -s "$gen" -cp "$RT" -processorpath "$PP" "$@" $(find "$src" -name '*.java')
}
runapp() { local out=$1; shift; nice $JAVA -cp "$out:$RT" "$@"; }
case "$1" in
  build)      build src out gen ;;
  build-smap) build src out-smap gen-smap -Akaa.smap=true ;;
  ok)         runapp out app.App ;;
  parse)      runapp out -Dbug=parse app.App ;;
  404)        runapp out -Dbug=404 app.App ;;
  timeout)    runapp out -Dbug=timeout app.App ;;
  sleep)      runapp out -Dbug=sleep app.App ;;
  unawaited)  runapp out -Dbug=unawaited app.App ;;
  raw)        runapp out -Dbug=parse -Dkaa.debug.rewriteStackTraces=false app.App ;;
  hang)       shift; runapp out -Dbug=hang "$@" app.App ;;
  hang-dump)  # the hanging crawler with the registry on: JMX dump + jcmd Thread.print, then kill it
              runapp out -Dbug=hang -Dkaa.debug.coroutines=true app.App > hang.out 2>&1 & pid=$!; sleep 4
              jpid=$(pgrep -P $pid java || echo $pid); jpid=$(pgrep -f "Dbug=hang" | head -1)
              nice $JAVA tools/JmxDump.java $jpid; jcmd $jpid Thread.print | sed -n '/^"main"/,/^$/p'; kill $jpid ;;
  jdb-gen)    ./jdb1.sh jdb-gen.cmds -classpath out:$RT -Dbug=parse app.App ;;
  jdb-smap)   ./jdb1.sh jdb-smap.cmds -classpath out-smap:$RT -Dbug=parse app.App ;;
  jdb-inner)  ./jdb1.sh jdb-inner.cmds -classpath out-smap:$RT app.App ;;
  min)        # ./run.sh min NAME [jvm opts]: build and run a minimised case from min/NAME
              n=$2; shift 2; build min/$n min-out/$n min-gen/$n && runapp min-out/$n "$@" M ;;
  *) echo "usage: ./run.sh build|build-smap|ok|parse|404|timeout|sleep|unawaited|raw|hang|hang-dump|jdb-gen|jdb-smap|jdb-inner|min NAME (min/: timeout timeout-abort abortseen innerline slowstep unobserved dumpkinds threaded callback wrap hang)"; exit 2 ;;
esac
