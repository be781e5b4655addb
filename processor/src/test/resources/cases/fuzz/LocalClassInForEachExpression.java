// A local class declared in a switch expression's arm inside a for-each's array expression, capturing a local of
// that arm: the expression runs once per loop, not per iteration, yet the processor rejected the capture as of "a
// variable that a loop declares anew" ([kaa.unsupported]). LocalClasses.insideLoop now skips a for-each's expression
// and a for's initializer. Found by the fuzzer, seed 20261218 (batch 49, program 147).
// OUTPUT:
// result=3
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalClassInForEachExpression {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) throws Fx.Checked {
        L21: for (final String self : new String[] {q, "a", (switch (1) {
                default -> q;
                case -1, 0 -> {
                    int c = 1;
                    class B27 {
                        final int v;

                        B27(int v) {
                            this.v = v;
                        }

                        int get() {
                            return v + c;
                        }

                        @java.lang.Override
                        public String toString() {
                            return "B27:" + get();
                        }
                    }
                    class C27 extends B27 {
                        C27(int v) {
                            super(v * 2);
                        }

                        @java.lang.Override
                        int get() {
                            return super.get() + 1;
                        }
                    }
                    yield "d";
                }
                case 3 -> yield_(Fx.now("b"));
            })}) {
        }
        return Fx.now(p);
    }

    static Integer plain(int p, String q) throws Fx.Checked {
        L21: for (final String self : new String[] {q, "a", (switch (1) {
                default -> q;
                case -1, 0 -> {
                    int c = 1;
                    class B27 {
                        final int v;

                        B27(int v) {
                            this.v = v;
                        }

                        int get() {
                            return v + c;
                        }

                        @java.lang.Override
                        public String toString() {
                            return "B27:" + get();
                        }
                    }
                    class C27 extends B27 {
                        C27(int v) {
                            super(v * 2);
                        }

                        @java.lang.Override
                        int get() {
                            return super.get() + 1;
                        }
                    }
                    yield "d";
                }
                case 3 -> Fx.direct(Fx.now("b"));
            })}) {
        }
        return Fx.follow(Fx.now(p));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return LocalClassInForEachExpression_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LocalClassInForEachExpression::runPlain, LocalClassInForEachExpression::runCoroutine);
    }
}
