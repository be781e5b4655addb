// Finding 05 (misleading error location / README gap): a method reference to a static coroutine inside a
// @Coroutine body (`E::twice`) is not redirected to the generated class (a call `twice(x)`, even inside a
// lambda in the same body, is), and the resulting [kaa.unprocessed-static-call] error is reported in the
// GENERATED file, not at the user's line.
//
// Reproduce (file must be named MethodRef.java):
//   cp 05-method-ref-to-static-coroutine.java /tmp/MethodRef.java && cd /tmp && M=~/.m2/repository; R=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar; P=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
//   javac --release 17 -Xlint:all -Xlint:-processing -Werror -cp $R -processorpath $P -d out -s gen MethodRef.java
// Expected (README: "Inside @Coroutine bodies, call coroutines by their own name ... the call reaches the
//   generated code"; "Everything it cannot transform is a compile error at the exact line"): compiles
//   and prints [2, 4, 200]; or, failing that, an error at MethodRef.java:35.
// Actual:
//   gen/MethodRef_CoroutineMachines.java:92: error: [kaa.unprocessed-static-call] 'twice' is a static @Coroutine
//   of MethodRef, and calling it here runs its original body, ... Call MethodRef_Coroutines.twice(...) instead.
//       Function<Integer, InProgress<Integer>> ref = MethodRef::twice;
// Workaround: write MethodRef_Coroutines::twice.
// Guess: the redirection rewrites MethodInvocationTree only, not MemberReferenceTree; the check that
// catches it then runs on the copied body in the machines file.
import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public final class MethodRef {
    @Coroutine
    static InProgress<Integer> twice(int x) {
        yield_();
        return done(2 * x);
    }

    @Coroutine
    static InProgress<List<Integer>> all(List<Integer> xs) {
        List<InProgress<Integer>> jobs = new ArrayList<>();
        xs.forEach(x -> jobs.add(twice(x)));                      // fine: redirected
        Function<Integer, InProgress<Integer>> ref = MethodRef::twice;   // error, reported in generated code
        jobs.add(ref.apply(100));
        return InProgress.all(jobs);
    }

    public static void main(String[] args) {
        System.out.println(MethodRef_Coroutines.all(List.of(1, 2)).await());
    }
}
