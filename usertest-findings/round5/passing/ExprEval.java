import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class ExprEval {
    sealed interface Expr permits Num, Var, Add, Mul, Neg, IfZero {}
    record Num(int value) implements Expr {}
    record Var(String name) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}
    record Neg(Expr inner) implements Expr {}
    record IfZero(Expr cond, Expr then, Expr otherwise) implements Expr {}
    static final Map<String, Integer> STORE = Map.of("x", 3, "y", 4, "zero", 0);
    final List<String> log = new ArrayList<>();

    @Coroutine
    InProgress<Integer> lookup(String name) {
        yield_(delay(Duration.ofMillis(5)));
        log.add("fetched " + name);
        Integer v = STORE.get(name);
        if (v == null) throw new NoSuchElementException("unbound: " + name);
        return done(v);
    }

    @Coroutine
    InProgress<Integer> eval(Expr e) {
        return done(switch (e) {
            case Num(var v) -> v;
            case Var(String n) -> yield_(lookup(n));
            case Add(Num(var a), Num(var b)) -> a + b;
            case Add(var l, var r) -> yield_(eval(l)) + yield_(eval(r));
            case Mul(var l, var r) when l instanceof Num(int z) && z == 0 -> 0;
            case Mul(var l, var r) -> {
                int lv = yield_(eval(l));
                if (lv == 0) yield 0;
                yield lv * yield_(eval(r));
            }
            case Neg(Neg(var inner)) -> yield_(eval(inner));
            case Neg(var inner) -> -yield_(eval(inner));
            case IfZero(var c, var t, var o) -> yield_(eval(c)) == 0 ? yield_(eval(t)) : yield_(eval(o));
        });
    }

    @Coroutine
    InProgress<String> describe(Object o) {
        String s;
        if (o instanceof Add(Var(var a), Var(var b)) && yield_(lookup(a)) > 2 && yield_(lookup(b)) > 2)
            s = "big sum " + a + "+" + b;
        else if (o instanceof Expr e && yield_(eval(e)) < 0)
            s = "negative";
        else if (o == null)
            s = "nothing";
        else
            s = "other " + o.getClass().getSimpleName();
        return done(s);
    }

    public static void main(String[] args) {
        ExprEval ev = new ExprEval_Coroutines();
        List<Expr> exprs = List.of(
            new Num(7),
            new Add(new Var("x"), new Var("y")),
            new Add(new Num(1), new Num(2)),
            new Mul(new Num(0), new Var("nope")),
            new Mul(new Var("zero"), new Var("nope")),
            new Mul(new Var("x"), new Add(new Var("y"), new Num(10))),
            new Neg(new Neg(new Var("y"))),
            new Neg(new Var("x")),
            new IfZero(new Var("zero"), new Num(100), new Var("nope")),
            new IfZero(new Num(1), new Var("nope"), new Num(-5)),
            new Var("nope"));
        for (Expr e : exprs) {
            try {
                System.out.println(e + " = " + ev.eval(e).await());
            } catch (NoSuchElementException ex) {
                System.out.println(e + " failed: " + ex.getMessage());
            }
        }
        System.out.println(ev.describe(new Add(new Var("x"), new Var("y"))).await());
        System.out.println(ev.describe(new Add(new Var("zero"), new Var("y"))).await());
        System.out.println(ev.describe(new Neg(new Num(3))).await());
        System.out.println(ev.describe(null).await());
        System.out.println(ev.describe("str").await());
        System.out.println(ev.log);
    }
}
