// RELEASE: 21
import java.util.List;
import java.util.Map;
import kaa.*;
import static kaa.Async.*;

//| (1 + (2 * x)) = 11
//| (-(y) + 4) = 1
//| simplified: x
//| describe: num 0, var x, neg, add, mul, other
//| env lookup of z failed: unbound variable z
public abstract class Expr21 {
    sealed interface Expr permits Num, Var, Neg, Add, Mul {}
    record Num(int value) implements Expr {}
    record Var(String name) implements Expr {}
    record Neg(Expr inner) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}

    InProgress<Integer> lookup(Map<String, Integer> env, String name) {
        var ip = new InProgress<Integer>();
        Main.post(() -> {
            Integer v = env.get(name);
            if (v == null) ip.fail(new IllegalArgumentException("unbound variable " + name));
            else ip.finish(v);
        });
        return ip;
    }

    static String show(Expr e) {
        return switch (e) {
            case Num n -> Integer.toString(n.value());
            case Var(String name) -> name;
            case Neg(var inner) -> "-(" + show(inner) + ")";
            case Add(Expr l, Expr r) -> "(" + show(l) + " + " + show(r) + ")";
            case Mul(Expr l, Expr r) -> "(" + show(l) + " * " + show(r) + ")";
        };
    }

    @Coroutine
    InProgress<Integer> eval(Expr e, Map<String, Integer> env) {
        return done(switch (e) {
            case Num(int v) -> v;
            case Var(String name) -> yield_(lookup(env, name));
            case Neg(Expr inner) -> -yield_(eval(inner, env));
            case Add(Expr l, Expr r) -> yield_(eval(l, env)) + yield_(eval(r, env));
            case Mul(Num(int k), Expr r) when k == 0 -> 0;
            case Mul(Expr l, Expr r) -> {
                int a = yield_(eval(l, env));
                if (a == 0) yield 0;
                yield a * yield_(eval(r, env));
            }
        });
    }

    @Coroutine
    InProgress<Expr> simplify(Expr e) {
        yield_();
        switch (e) {
            case Add(Num(int z), Expr r) when z == 0:
                return done(yield_(simplify(r)));
            case Add(Expr l, Num(int z)) when z == 0:
                return done(yield_(simplify(l)));
            case Mul(Num(int one), Expr r) when one == 1:
                return done(yield_(simplify(r)));
            default:
                return done(e);
        }
    }

    @Coroutine
    InProgress<String> describeAll(List<Object> items) {
        var sb = new StringBuilder();
        for (Object o : items) {
            yield_();
            String d = switch (o) {
                case null -> "null";
                case Num(var v) when v == 0 -> "num 0";
                case Num n -> "num " + n.value();
                case Var v -> "var " + v.name();
                case Neg n -> "neg";
                case Add a -> "add";
                case Mul m -> "mul";
                default -> "other";
            };
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(d);
        }
        return done(sb.toString());
    }

    public static void main(String[] args) {
        Expr21 ev = new Expr21_Coroutines();
        var env = Map.of("x", 5, "y", 3);
        Expr e1 = new Add(new Num(1), new Mul(new Num(2), new Var("x")));
        Expr e2 = new Add(new Neg(new Var("y")), new Num(4));
        System.out.println(show(e1) + " = " + ev.eval(e1, env).await());
        System.out.println(show(e2) + " = " + ev.eval(e2, env).await());
        System.out.println("simplified: " + show(ev.simplify(new Add(new Num(0), new Mul(new Num(1), new Var("x")))).await()));
        System.out.println("describe: " + ev.describeAll(List.of(new Num(0), new Var("x"), new Neg(new Num(1)),
                new Add(new Num(1), new Num(2)), new Mul(new Num(1), new Num(2)), "str")).await());
        try {
            ev.eval(new Var("z"), env).await();
        } catch (IllegalArgumentException ex) {
            System.out.println("env lookup of z failed: " + ex.getMessage());
        }
    }
}
