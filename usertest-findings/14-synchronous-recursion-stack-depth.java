// FINDING 14 (limit): a recursive coroutine that does not suspend on the way down (each level awaits the next,
// which finishes without suspending) overflows the stack at about 1/4 of the depth plain recursion reaches:
// 4 JVM frames per level (Deep_Coroutines.depth -> CoroutineMachine.start -> step -> DepthMachine.resume).
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar Deep.java && java -cp o:kaa-runtime.jar Deep
// Expected (same as plain Java, default stack): every line "coroutine=" equal to "plain=".
// Actual, JDK 17 (default -Xss, interpreted at first):
//   n=500 plain=500 coroutine=500
//   n=1000 plain=1000 coroutine=1000
//   n=2000 plain=2000 coroutine=2000
//   n=3000 plain=3000 coroutine=SOE
//   n=4000 plain=4000 coroutine=SOE
//   n=5000 plain=5000 coroutine=SOE
//   n=10000 plain=10000 coroutine=SOE
//   JDK 25: SOE at 3000, then 4000..10000 pass (JIT-compiled frames are smaller by then), so the limit also
//   depends on warm-up.
// Realistic trigger: my Policies program's depth(5000) (a recursive walk over a deep list/tree whose leaves are
//   already known). README says 100 000 nested coroutines run without StackOverflowError; that holds when each
//   level suspends first, not for this synchronous descent.
// Diagnosis/suggestion: calling a coroutine runs it to its first suspension on the caller's stack, by design.
//   Options: fewer frames per level (start() resuming inline instead of via step()), or a trampoline when the
//   nesting of synchronous starts passes a threshold (suspend and continue from the loop), or document the limit.
import kaa.*;
import static kaa.Async.*;

public abstract class Deep {
    @Coroutine
    InProgress<Integer> depth(int n) {
        if (n == 0) return done(0);
        return done(1 + yield_(depth(n - 1)));
    }

    static int plain(int n) {
        if (n == 0) return 0;
        return 1 + plain(n - 1);
    }

    public static void main(String[] args) {
        Deep d = new Deep_Coroutines();
        for (int n : new int[] {500, 1000, 2000, 3000, 4000, 5000, 10000}) {
            String plainResult;
            try {
                plainResult = String.valueOf(plain(n));
            } catch (StackOverflowError e) {
                plainResult = "SOE";
            }
            String co;
            try {
                co = String.valueOf(d.depth(n).await());
            } catch (StackOverflowError e) {
                co = "SOE";
            }
            System.out.println("n=" + n + " plain=" + plainResult + " coroutine=" + co);
        }
    }
}
