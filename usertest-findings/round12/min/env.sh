# shared by run.sh: compile single-file programs with the processor, as the README's plain-javac line says
RT=~/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
PROC=~/.m2/repository/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar
JP=~/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
kjavac() { nice javac -d out -cp "$RT" -processorpath "$PROC:$JP" "$@"; }
kjava() { java -cp "out:$RT" "$@"; }
