// FINDING 01: a coroutine class that is an auxiliary (second, non-public top-level) class of its source file makes
// the generated code warn under -Xlint:all, so -Werror fails the build.
//
// Command (from a directory holding this file as Aux.java, jars as built by
//   mvn -B -o -q -pl runtime,processor -am package -DskipTests):
//   javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//         -processorpath kaa-processor.jar:javapoet-0.22.0.jar Aux.java
//
// Expected: compiles without warnings (README, "Using it in your build": "the generated code itself compiles
//   without warnings"), then `java -cp o:kaa-runtime.jar Aux` prints 1.
// Actual (JDK 17 and 25):
//   o/Helper_Coroutines.java:10: warning: auxiliary class Helper in Aux.java should not be accessed from outside
//   its own source file
//   final class Helper_Coroutines extends Helper {
//   error: warnings found and -Werror specified
//   Without -Werror it runs and prints 1, but javac prints 10 warnings (the same three generated lines repeated
//   across rounds: Helper_Coroutines.java:10 and Helper_CoroutineMachines.java:24 and :26).
//
// Diagnosis: [auxiliaryclass] is reported for every reference to Helper from another file; the generated
// Helper_Coroutines must extend Helper and the machine holds a `Helper self`. @SuppressWarnings on the generated
// class may not silence `extends` (javac reports this lint at the type reference). If it cannot be avoided, the
// README should say "put a class with coroutines in its own file (or nest it)" and the processor could report it
// as a clear [kaa.*] error/note at the class instead of a warning in generated code.
// Realistic trigger: a small program with a base class and a subclass in one file (my Repository/CachingRepository
// program). Workaround: own file, or a static nested class (passing/Repository.java).
import kaa.*;
import static kaa.Async.*;

public class Aux {
    public static void main(String[] args) {
        System.out.println(new Helper_Coroutines().one().await());
    }
}

abstract class Helper {
    @Coroutine
    InProgress<Integer> one() {
        yield_();
        return done(1);
    }
}
