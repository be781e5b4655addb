// A plain method of a class with coroutines may create an anonymous class and, elsewhere in the same statement
// (here: the same switch), pass an implicitly typed lambda whose parameter is an int: nothing infers the anonymous
// class, so it is no [kaa.anonymous-inference] (the check looked at the outermost statement around the lambda;
// fuzzer, seed 20261210). Nor is a var whose initializer creates an anonymous class but whose type is a named one
// (fuzzer, seed 20261211): the type javac infers is read from a copy; when nothing follows the var, its form says
// it (a comparison is a boolean; fuzzer, seed 20261212). The case that must be an error is
// errors/AnonymousInferenceInPlainMethod.java.
// OUTPUT:
// plain: 4 7
// var: 10 B
// coroutine: 5
import java.util.function.IntUnaryOperator;
import kaa.*;
import static kaa.Async.*;

public abstract class PlainMethodWithAnonymousClassAndLambda {
    interface Shift {
        int apply(int x);
    }

    static String plain(String q) {
        switch (q) {
            case "a", "ab":
                Shift shift = new Shift() {
                    @Override
                    public int apply(int x) {
                        return x - 1;
                    }
                };
                IntUnaryOperator twice = x -> x * 2 + 1;
                return shift.apply(5) + " " + twice.applyAsInt(3);
            default:
                return "none";
        }
    }

    record Pair(int a, String b) {}

    static String plainVar(int p) {
        var pair = new Pair(p * new java.util.function.IntSupplier() {
            @Override
            public int getAsInt() {
                return 2;
            }
        }.getAsInt(), "B");
        switch (p) {
            case 5:
                var small = new java.util.function.IntSupplier() {
                    @Override
                    public int getAsInt() {
                        return 2;
                    }
                }.getAsInt() < 5;
                break;
            case 6:
                var chosen = new java.util.function.IntSupplier() {
                    @Override
                    public int getAsInt() {
                        return 2;
                    }
                }.getAsInt() != p ? 1L : 20L;
        }
        return pair.a() + " " + pair.b();
    }

    @Coroutine
    static InProgress<Integer> co(int p) {
        return done(yield_(InProgress.finished(p)) + 1);
    }

    public static void main(String[] args) {
        System.out.println("plain: " + plain("ab"));
        System.out.println("var: " + plainVar(5));
        System.out.println("coroutine: " + PlainMethodWithAnonymousClassAndLambda_Coroutines.co(4).await());
    }
}
