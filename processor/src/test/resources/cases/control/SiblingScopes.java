// The same name declared in sibling scopes with different types, each live across a suspension.
// OUTPUT:
// int x = 1
// String x = s
// long x = 0
// long x = 10
import kaa.*;
import static kaa.Async.*;

public abstract class SiblingScopes {
    @Coroutine
    InProgress<Void> run() {
        {
            int x = 1;
            yield_();
            System.out.println("int x = " + x);
        }
        {
            String x = "s";
            yield_();
            System.out.println("String x = " + x);
        }
        for (int i = 0; i < 2; i++) {
            long x = i * 10L;
            yield_();
            System.out.println("long x = " + x);
        }
        return done();
    }

    public static void main(String[] args) {
        SiblingScopes coroutines = new SiblingScopes_Coroutines();
        coroutines.run().await();
    }
}
