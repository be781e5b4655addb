// 01: a static @Coroutine in an inner (non-static) nested class is rejected, though the README says
//     "A class with only static coroutines may be anything".
// Classification: README wrong or missing (the rule "static when nested" is stated only for classes
//     with instance coroutines). The error message itself is clear.
// Compile + run (JDK 17; same on JDK 25 --release 21):
//   cp 01-inner-class-static-coroutine.java /tmp/x/Inner1.java && cd /tmp/x &&
//   javac --release 17 -Xlint:all -Xlint:-processing -Werror \
//     -cp /tmp/u6/kaa/runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar \
//     -processorpath /tmp/u6/kaa/processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar \
//     -d out Inner1.java && java -cp out:/tmp/u6/kaa/runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar Inner1
// Expected (per README; Java 16+ allows static methods in inner classes): 42
// Actual:
//   Inner1.java:22: error: [kaa.class-not-static] The inner class In must be static (or top-level):
//   the generated Inner1_In_Coroutines is a top-level class.
// Guess: the "nested classes must be static" check runs for every class with coroutines, not only
//   for those with instance coroutines. Either allow it (a static method body cannot use the outer
//   instance anyway) or say in the README that the rule holds for static-only classes too.
import kaa.*;
import static kaa.Async.*;

public class Inner1 {
    class In {
        @Coroutine
        static InProgress<Integer> twice(int x) {
            yield_();
            return done(x * 2);
        }
    }

    public static void main(String[] args) {
        System.out.println(Inner1_In_Coroutines.twice(21).await());
    }
}
