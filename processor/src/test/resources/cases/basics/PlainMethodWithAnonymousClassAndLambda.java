// A plain method of a class with coroutines may create an anonymous class and, elsewhere in the same statement
// (here: the same switch), pass an implicitly typed lambda whose parameter is an int: nothing infers the anonymous
// class, so it is no [kaa.anonymous-inference] (the check looked at the outermost statement around the lambda;
// fuzzer, seed 20261210). The case that must be an error is errors/AnonymousInferenceInPlainMethod.java.
// OUTPUT:
// plain: 4 7
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

    @Coroutine
    static InProgress<Integer> co(int p) {
        return done(yield_(InProgress.finished(p)) + 1);
    }

    public static void main(String[] args) {
        System.out.println("plain: " + plain("ab"));
        System.out.println("coroutine: " + PlainMethodWithAnonymousClassAndLambda_Coroutines.co(4).await());
    }
}
