// Parameters live across yield_() and may be assigned to, like any local.
// OUTPUT:
// kaakaakaa
// times is now 0
import kaa.*;
import static kaa.Async.*;

public abstract class ParametersReassigned {
    @Coroutine
    InProgress<String> repeat(String word, int times) {
        StringBuilder sb = new StringBuilder();
        while (times > 0) {
            yield_();
            sb.append(word);
            times--;
        }
        System.out.println(sb);
        return done("times is now " + times);
    }

    public static void main(String[] args) {
        ParametersReassigned coroutines = new ParametersReassigned_Coroutines();
        System.out.println(coroutines.repeat("kaa", 3).await());
    }
}
