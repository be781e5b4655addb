# sourced by each repro.sh: sets RT, PR, JP and JAVAC/JAVA for the JDK chosen by $JDK (17 default, or 25)
RT=~/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
PR=~/.m2/repository/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar
JP=~/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
if [ "${JDK:-17}" = 25 ]; then JAVAC=/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac; JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
else JAVAC=javac; JAVA=java; fi
W=$(mktemp -d); mkdir -p $W/out $W/gen; trap "rm -rf $W" EXIT
kcompile() { $JAVAC "$@" -cp $RT -processorpath $PR:$JP -s $W/gen -d $W/out $W/*.java; }
krun() { $JAVA "$@" -cp $RT:$W/out Main; }
