# sourced by each repro.sh: compiles $D/*.java with the installed kaa jars and the processor, runs class $1
M2=~/.m2/repository
RT=$M2/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
PROC=$M2/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar
JP=$M2/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
JAVA_BIN=${JAVA_BIN:-}
kaa_build() { mkdir -p "$D/out" && ${JAVA_BIN}javac -d "$D/out" -cp "$RT" -processorpath "$PROC:$JP" "$D"/*.java; }
kaa_run() { ${JAVA_BIN}java ${JOPTS:-} -cp "$D/out:$RT" "$@"; }
