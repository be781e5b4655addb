// A coroutine that returns a null InProgress (not the literal, which is [kaa.return-null]) fails with a
// NullPointerException that names it, before its first suspension and after, and even inside the body's own
// try/catch: the body has returned, so its catch blocks do not see the failure (usertest round 9b, finding 02: it
// was an internal NPE about a variable "ip").
// OUTPUT:
// the @Coroutine ReturnNullInProgress.m returned null instead of done(value) or an InProgress to follow
// the @Coroutine ReturnNullInProgress.m returned null instead of done(value) or an InProgress to follow
// caught by the body: false
import kaa.*;
import static kaa.Async.*;

public abstract class ReturnNullInProgress {
    static boolean caught;

    static InProgress<Integer> none() {
        return null;
    }

    @Coroutine
    InProgress<Integer> m(boolean first) {
        try {
            if (first) return none();
            yield_();
            return none();
        } catch (NullPointerException e) {
            caught = true;
            return done(0);
        }
    }

    public static void main(String[] args) {
        ReturnNullInProgress c = new ReturnNullInProgress_Coroutines();
        for (boolean first : new boolean[] {true, false}) {
            try {
                c.m(first).await();
            } catch (NullPointerException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println("caught by the body: " + caught);
    }
}
