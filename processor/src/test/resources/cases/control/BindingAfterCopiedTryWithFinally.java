// A negated pattern's binding is in scope after its if when the if cannot complete normally; when a return inside a
// copied try/finally in that if makes the lowering wrap the if in a labeled block (docs/lowering.md, "Jumps out of
// copied try statements"), the binding must still be readable after it, across a yield_ too (fuzzer, seed 20261215);
// a lambda in the if that captures it reads the match, not a copy made before it (fuzzer, seed 20261217).
// OUTPUT:
// finally
// early
// 5 ter
// UP
// lambda -2
// 7
// 3
import kaa.*;
import static kaa.Async.*;

public abstract class BindingAfterCopiedTryWithFinally {
    @Coroutine
    static InProgress<String> describe(Object o, boolean early) {
        if (!(o instanceof String s)) {
            try {
                if (early) {
                    return InProgress.finished("early");
                }
            } finally {
                System.out.println("finally");
            }
            return done("not a string");
        }
        String now = s.length() + "";
        yield_();
        return done(now + " " + s.substring(2));
    }

    @Coroutine
    static InProgress<String> sameState(Object o) {
        yield_();
        if (!(o instanceof String s)) {
            try {
                return InProgress.finished("early");
            } finally {
                System.out.println("finally");
            }
        }
        return done(s.toUpperCase());
    }

    @Coroutine
    static InProgress<Integer> captured(Object o, int p) {
        if (o instanceof Integer c) {
            java.util.function.IntUnaryOperator f = x -> x - c;
            System.out.println("lambda " + f.applyAsInt(1));
        } else
            try {
                return done(p);
            } finally {
                System.out.println("finally");
            }
        yield_();
        return done(p);
    }

    @Coroutine
    static InProgress<Integer> loop(Object o) {
        int n = 0;
        while (!(o instanceof Integer i)) {
            try {
                if (n > 5) {
                    return InProgress.finished(-1);
                }
            } finally {
                n++;
            }
            o = n == 2 ? Integer.valueOf(n + 1) : o;
        }
        yield_();
        return done(i);
    }

    public static void main(String[] args) {
        System.out.println(BindingAfterCopiedTryWithFinally_Coroutines.describe(1, true).await());
        System.out.println(BindingAfterCopiedTryWithFinally_Coroutines.describe("after", false).await());
        System.out.println(BindingAfterCopiedTryWithFinally_Coroutines.sameState("up").await());
        System.out.println(BindingAfterCopiedTryWithFinally_Coroutines.captured(3, 7).await());
        System.out.println(BindingAfterCopiedTryWithFinally_Coroutines.loop("x").await());
    }
}
