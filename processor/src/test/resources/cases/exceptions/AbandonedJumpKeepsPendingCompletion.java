// A jump that a finally block begins and then gives up (a close() or a nested finally throws on the way, and a catch
// inside the same finally takes the exception) must leave the completion pending around that finally as it was: the
// earlier return's value, the earlier break's target. Found by kaa-fuzzer (seed 20261233, batch 80, program 146): the
// copied finally's return stored its value over the pending one, and the coroutine returned it. (Not a yield of a
// switch expression: javac itself keeps a given-up yield's value there, and the machine does as the plain method.)
// OUTPUT:
// 1. copied: return pending, the finally's return given up
// close r1
// caught close r1
// result a
// 2. lowered loop: break pending, the finally's continue given up
// close r2
// caught close r2
// after loop 1
// 3. lowered finally: return pending, a return in it given up
// close r3
// caught close r3
// result a
// 4. return of an InProgress pending, the finally's given up
// close r5
// caught close r5
// result a
// 5. lowered finally with a copied finally inside: return pending, given up in a nested finally
// inner finally throws
// caught inner
// result a
import kaa.*;
import static kaa.Async.*;

public abstract class AbandonedJumpKeepsPendingCompletion {
    static final class Res implements AutoCloseable {
        final String name;

        Res(String name) {
            this.name = name;
        }

        String touch(String value) {
            return value;
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            throw new IllegalStateException("close " + name);
        }
    }

    @Coroutine
    InProgress<String> copied(String other) {
        try {
            return done("a");
        } finally {
            try (Res r = new Res("r1")) {
                return done(r.touch(other));
            } catch (IllegalStateException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
    }

    @Coroutine
    InProgress<Integer> loop() {
        int turns = 0;
        while (turns < 3) {
            turns++;
            yield_();
            try {
                break;
            } finally {
                try (Res r = new Res("r2")) {
                    r.touch("");
                    continue;
                } catch (IllegalStateException e) {
                    System.out.println("caught " + e.getMessage());
                }
            }
        }
        return done(turns);
    }

    @Coroutine
    InProgress<String> loweredFinally(String other) {
        try {
            yield_();
            return done("a");
        } finally {
            try {
                yield_();
                try (Res r = new Res("r3")) {
                    return done(r.touch(other));
                }
            } catch (IllegalStateException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
    }

    @Coroutine
    InProgress<String> follow(InProgress<String> other) {
        try {
            return InProgress.finished("a");
        } finally {
            try (Res r = new Res("r5")) {
                r.touch("");
                return other;
            } catch (IllegalStateException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
    }

    @Coroutine
    InProgress<String> nestedFinally(String other) {
        try {
            yield_();
            return done("a");
        } finally {
            yield_();
            try {
                try {
                    return done(other);
                } finally {
                    System.out.println("inner finally throws");
                    if (other != null) {
                        throw new IllegalStateException("inner");
                    }
                }
            } catch (IllegalStateException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
    }

    public static void main(String[] args) {
        AbandonedJumpKeepsPendingCompletion c = new AbandonedJumpKeepsPendingCompletion_Coroutines();
        System.out.println("1. copied: return pending, the finally's return given up");
        System.out.println("result " + c.copied("b").await());
        System.out.println("2. lowered loop: break pending, the finally's continue given up");
        System.out.println("after loop " + c.loop().await());
        System.out.println("3. lowered finally: return pending, a return in it given up");
        System.out.println("result " + c.loweredFinally("b").await());
        System.out.println("4. return of an InProgress pending, the finally's given up");
        System.out.println("result " + c.follow(InProgress.finished("b")).await());
        System.out.println("5. lowered finally with a copied finally inside: return pending, given up in a nested finally");
        System.out.println("result " + c.nestedFinally("b").await());
    }
}
