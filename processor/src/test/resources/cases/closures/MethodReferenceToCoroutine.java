// Method references to coroutines inside a body reach the generated code as calls do (usertest round 4, finding 05:
// Owner::twice was copied as written into the machine, where it named the unprocessed static method, and the error
// came out in the generated file). Static ones, also inside a lambda, and an instance one through this.
// OUTPUT:
// [2, 4, 200, 9, 30]
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class MethodReferenceToCoroutine {
    @Coroutine
    static InProgress<Integer> twice(int x) {
        yield_();
        return done(2 * x);
    }

    @Coroutine
    InProgress<Integer> triple(int x) {
        yield_();
        return done(3 * x);
    }

    @Coroutine
    InProgress<List<Integer>> all(List<Integer> xs) {
        List<InProgress<Integer>> jobs = new ArrayList<>();
        xs.forEach(x -> jobs.add(twice(x)));
        Function<Integer, InProgress<Integer>> ref = MethodReferenceToCoroutine::twice;
        jobs.add(ref.apply(100));
        Function<Integer, InProgress<Integer>> mine = this::triple;
        jobs.add(yield_(InProgress.finished(mine)).apply(3));
        Supplier<InProgress<Integer>> later = () -> {
            Function<Integer, InProgress<Integer>> inner = MethodReferenceToCoroutine::twice;
            return inner.apply(15);
        };
        jobs.add(later.get());
        return InProgress.all(jobs);
    }

    public static void main(String[] args) {
        System.out.println(new MethodReferenceToCoroutine_Coroutines().all(List.of(1, 2)).await());
    }
}
