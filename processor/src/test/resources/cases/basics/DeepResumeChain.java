// 100 000 coroutines each awaiting the previous one: finishing the first resumes them all inside finish(),
// trampolined, without a StackOverflowError.
// OUTPUT:
// suspended: true
// 100000
import kaa.*;
import static kaa.Async.*;

public abstract class DeepResumeChain {
    @Coroutine
    InProgress<Integer> plusOne(InProgress<Integer> previous) {
        int value = yield_(previous);
        return done(value + 1);
    }

    public static void main(String[] args) {
        DeepResumeChain coroutines = new DeepResumeChain_Coroutines();
        InProgress<Integer> source = new InProgress<>();
        InProgress<Integer> last = source;
        for (int i = 0; i < 100_000; i++) {
            last = coroutines.plusOne(last);
        }
        System.out.println("suspended: " + !last.isFinished());
        source.finish(0);
        System.out.println(last.await());
    }
}
