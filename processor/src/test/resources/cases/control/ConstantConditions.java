// Loops whose condition is a constant expression other than the literal true (a final local, a constant field,
// an operator on constants, for(;true;)), switches that cannot complete normally, and a do whose body always
// returns: javac's reachability rules (JLS 14.22) decide where the state machine may append a jump, so the
// generated code must follow them exactly or it does not compile.
// OUTPUT:
// while 3
// for 2
// switch one
// do 5
// total 11
import kaa.*;
import static kaa.Async.*;

public abstract class ConstantConditions {
    static final boolean FOREVER = true;
    static final int LIMIT = 10;

    @Coroutine
    static InProgress<Integer> run(InProgress<Integer> three) {
        final boolean always = true;
        int total = 0;
        if (FOREVER) {
            while (always && 1 < LIMIT) {
                total += 3;
                break;
            }
        }
        System.out.println("while " + yield_(three));
        int n = 0;
        for (;FOREVER;) {
            n++;
            if (n == 2) {
                break;
            }
        }
        total += n;
        System.out.println("for " + n);
        String word = pick(1);
        System.out.println("switch " + word);
        total += yield_(loop(5));
        total += (int) 'a' > 96 ? 1 : 0;
        return done(total);
    }

    static String pick(int i) {
        switch (i) {
            case 1:
                return "one";
            default:
                throw new IllegalArgumentException("no " + i);
        }
    }

    @Coroutine
    static InProgress<Integer> loop(int limit) {
        yield_();
        do {
            System.out.println("do " + limit);
            return done(limit);
        } while (limit > 0);
    }

    @Coroutine
    static InProgress<String> constantWhile(InProgress<String> value) {
        final int ten = 10;
        while (ten > (int) 9L) {
            String v = yield_(value);
            if (v != null) {
                return done(v);
            }
        }
    }

    @Coroutine
    static InProgress<String> switchThatNeverCompletes(int i) {
        yield_();
        switch (i) {
            case 1 -> {
                return done("one");
            }
            default -> throw new IllegalStateException("other");
        }
    }

    public static void main(String[] args) {
        int total = ConstantConditions_Coroutines.run(InProgress.finished(3)).await();
        System.out.println("total " + total);
        ConstantConditions_Coroutines.constantWhile(InProgress.finished("x")).await();
        ConstantConditions_Coroutines.switchThatNeverCompletes(1).await();
    }
}
