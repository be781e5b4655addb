// A local class of a generic method, living across yield_ in a switch expression arm: its instances are held in a
// field of a named supertype and cast back on reads, and in a generic class or method that cast is unchecked (the
// local class is an inner class of a generic type): -Xlint:all -Werror failed on "unchecked cast" in the generated
// file. resume() now suppresses it. Found by the fuzzer, seed 20261210.
// OUTPUT:
// result=1
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalClassCastInGenericMethod<C> {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    <T> InProgress<Integer> co(int p, String q) {
        if (!(((Object) ((switch (E.C) {
                default -> q;
                case B -> {
                    class B7 {
                        final int v;

                        B7(int v) {
                            this.v = v;
                        }

                        int get() {
                            return v + 0;
                        }

                        @java.lang.Override
                        public String toString() {
                            return "B7:" + get();
                        }
                    }
                    class C7 extends B7 {
                        C7(int v) {
                            super(v * 2);
                        }

                        @java.lang.Override
                        int get() {
                            return super.get() + 1;
                        }
                    }
                    B7 n = new C7(1);
                    yield_(Fx.now(1L));
                    Fx.t("u10", n.get() + " " + n);
                    yield "b";
                }
            }))) instanceof String n)) {
        }
        return done(1);
    }

    <T> Integer plain(int p, String q) {
        if (!(((Object) ((switch (E.C) {
                default -> q;
                case B -> {
                    class B7 {
                        final int v;

                        B7(int v) {
                            this.v = v;
                        }

                        int get() {
                            return v + 0;
                        }

                        @java.lang.Override
                        public String toString() {
                            return "B7:" + get();
                        }
                    }
                    class C7 extends B7 {
                        C7(int v) {
                            super(v * 2);
                        }

                        @java.lang.Override
                        int get() {
                            return super.get() + 1;
                        }
                    }
                    B7 n = new C7(1);
                    Fx.direct(Fx.now(1L));
                    Fx.t("u10", n.get() + " " + n);
                    yield "b";
                }
            }))) instanceof String n)) {
        }
        return 1;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new LocalClassCastInGenericMethod<String>() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new LocalClassCastInGenericMethod_Coroutines<String>().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LocalClassCastInGenericMethod::runPlain, LocalClassCastInGenericMethod::runCoroutine);
    }
}
