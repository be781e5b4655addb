// A local class reads the body's locals as fields of the machine; the clears at a suspension only looked at what the
// states name, so s, read by B4.get() after the yield_, was set to null while an instance still needed it (a
// divergence: NullPointerException). Fixed: fields local classes read are never cleared before completion.
// Found by kaa-fuzzer (seed 20261215, batch 226 of 200, program 23), minimised from 84 to 27 tree nodes.
// Outcome: divergence, trace line 2: plain 'u5=1 B4:1', coroutine 'threw NullPointerException: Cannot invoke "java.lang.Integer.intValue()" because "this.this$0.s" is null'
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// y3=17
// u5=1 B4:1
// result=q
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class LocalClassReadsClearedField {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<String> co(int p, String q) {
        if ((((Object) (-2)) instanceof Integer s)) {
            try {
                Fx.t("y3", yield_(Fx.now(17L), Fx.Checked.class));
                class B4 {
                    final int v;

                    B4(int v) {
                        this.v = v;
                    }

                    int get() {
                        return v + s;
                    }

                    @java.lang.Override
                    public String toString() {
                        return "B4:" + get();
                    }
                }
                class C4 extends B4 {
                    C4(int v) {
                        super(v * 2);
                    }

                    @java.lang.Override
                    int get() {
                        return super.get() + 1;
                    }
                }
                var self = new B4(yield_(Fx.later0(p)));
                Fx.t("u5", self.get() + " " + self);
            } catch (ArithmeticException | Fx.Checked self) {
                Fx.caught("c10", self);
            }
        }
        return Fx.now(q);
    }

    static String plain(int p, String q) {
        if ((((Object) (-2)) instanceof Integer s)) {
            try {
                Fx.t("y3", Fx.direct(Fx.now(17L), Fx.Checked.class));
                class B4 {
                    final int v;

                    B4(int v) {
                        this.v = v;
                    }

                    int get() {
                        return v + s;
                    }

                    @java.lang.Override
                    public String toString() {
                        return "B4:" + get();
                    }
                }
                class C4 extends B4 {
                    C4(int v) {
                        super(v * 2);
                    }

                    @java.lang.Override
                    int get() {
                        return super.get() + 1;
                    }
                }
                var self = new B4(Fx.direct(Fx.later0(p)));
                Fx.t("u5", self.get() + " " + self);
            } catch (ArithmeticException | Fx.Checked self) {
                Fx.caught("c10", self);
            }
        }
        return Fx.follow(Fx.now(q));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return LocalClassReadsClearedField_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LocalClassReadsClearedField::runPlain, LocalClassReadsClearedField::runCoroutine);
    }
}
