// A return, break or continue inside a try that has no yield_ (copied as written) but leaves it towards a lowered
// statement: the copied try's finally, or its resources' close(), runs while the jump is under way, and what it
// throws belongs to the state the jump left — its enclosing lowered catch and finally see it (the machine's label is
// set only once the copied try has been left). Found by kaa-fuzzer (seed 20261129): a return out of a
// try-with-resources whose close() threw skipped the enclosing finally.
// OUTPUT:
// 1. return, close() throws
// close r1
// finally A
// caught close r1
// 2. break, finally throws
// finally B
// caught finally B threw
// 3. continue, close() throws inside a lowered try/catch in the loop
// close r3
// caught in loop: close r3
// after loop 1
// 4. the copied try catches close()'s exception itself: the return is dropped, the state goes on
// close r4
// swallowed close r4
// after swallow
// 5. a finally that jumps replaces the return
// finally jumps
// finally jumps
// after loop 2
// 6. a lowered if whose copied branch returns from a try-with-resources
// close r6
// finally F
// caught close r6
// 7. nothing throws: the return goes through
// close r7
// finally G
// result 7
// 8. a bare continue in a lowered try: the copied statement is the jump itself
// finally H 1
// finally H 2
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class JumpOutOfCopiedTry {
    static final class Res implements AutoCloseable {
        final String name;
        final boolean fails;

        Res(String name, boolean fails) {
            this.name = name;
            this.fails = fails;
        }

        void touch() {}

        @Override
        public void close() {
            System.out.println("close " + name);
            if (fails) {
                throw new IllegalStateException("close " + name);
            }
        }
    }

    @Coroutine
    InProgress<Integer> returnThroughClose() {
        try {
            yield_();
            try (Res r = new Res("r1", true)) {
                r.touch();
                return done(1);
            }
        } finally {
            System.out.println("finally A");
        }
    }

    @Coroutine
    InProgress<Integer> breakThroughThrowingFinally() {
        try {
            while (true) {
                yield_();
                try {
                    break;
                } finally {
                    System.out.println("finally B");
                    if (System.nanoTime() != 0) {
                        throw new IllegalArgumentException("finally B threw");
                    }
                }
            }
            return done(2);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
            throw e;
        }
    }

    @Coroutine
    InProgress<Integer> continueThroughClose() {
        int turns = 0;
        while (turns < 1) {
            turns++;
            try {
                yield_();
                try (Res r = new Res("r3", true)) {
                    r.touch();
                    continue;
                }
            } catch (IllegalStateException e) {
                System.out.println("caught in loop: " + e.getMessage());
            }
        }
        System.out.println("after loop " + turns);
        return done(3);
    }

    @Coroutine
    InProgress<Integer> copiedTryCatchesClose() {
        try {
            yield_();
            try (Res r = new Res("r4", true)) {
                r.touch();
                return done(4);
            } catch (IllegalStateException e) {
                System.out.println("swallowed " + e.getMessage());
            }
            System.out.println("after swallow");
            return done(40);
        } finally {
            yield_();
        }
    }

    @Coroutine
    InProgress<Integer> finallyThatJumps() {
        int turns = 0;
        while (turns < 2) {
            turns++;
            yield_();
            try {
                return done(5);
            } finally {
                System.out.println("finally jumps");
                if (turns > 0) {
                    continue;
                }
            }
        }
        System.out.println("after loop " + turns);
        return done(50);
    }

    @Coroutine
    InProgress<Integer> copiedIf(boolean fails) {
        try {
            if (yield_(InProgress.finished(fails))) { // a lowered if (its condition suspends), copied branches
                try (Res r = new Res("r6", true)) {
                    r.touch();
                    return done(6);
                }
            } else {
                try (Res r = new Res("r7", false)) {
                    r.touch();
                    return done(7);
                }
            }
        } finally {
            System.out.println(fails ? "finally F" : "finally G");
        }
    }

    @Coroutine
    InProgress<Integer> bareJumpInLoweredTry() {
        int turns = 0;
        while (turns < 2) {
            turns++;
            try {
                yield_();
                continue;
            } finally {
                System.out.println("finally H " + turns);
            }
        }
        return done(8);
    }

    public static void main(String[] args) {
        JumpOutOfCopiedTry c = new JumpOutOfCopiedTry_Coroutines();
        System.out.println("1. return, close() throws");
        report(c.returnThroughClose());
        System.out.println("2. break, finally throws");
        report(c.breakThroughThrowingFinally());
        System.out.println("3. continue, close() throws inside a lowered try/catch in the loop");
        report(c.continueThroughClose());
        System.out.println("4. the copied try catches close()'s exception itself: the return is dropped, the state goes on");
        report(c.copiedTryCatchesClose());
        System.out.println("5. a finally that jumps replaces the return");
        report(c.finallyThatJumps());
        System.out.println("6. a lowered if whose copied branch returns from a try-with-resources");
        report(c.copiedIf(true));
        System.out.println("7. nothing throws: the return goes through");
        report(c.copiedIf(false));
        System.out.println("8. a bare continue in a lowered try: the copied statement is the jump itself");
        report(c.bareJumpInLoweredTry());
    }

    private static void report(InProgress<Integer> ip) {
        try {
            int value = ip.await();
            if (value == 7) {
                System.out.println("result " + value);
            }
        } catch (RuntimeException e) {
            if (!(e instanceof IllegalArgumentException)) {
                System.out.println("caught " + e.getMessage());
            }
        }
    }
}
