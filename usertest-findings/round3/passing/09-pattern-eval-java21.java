// Passing program 09: Java 21 (JDK 25, release 21): recursive coroutine evaluator with pattern switch, record patterns, guards, nested switch expressions, yield_ in arms
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p09eval.Eval
// Expected output (checked by hand against the README's semantics; timings may vary):
//   5.0
//   34.0
//   10.0
//   ArithmeticException: division by zero in Bin[op=DIV, l=Num[v=1.0], r=Bin[op=SUB, l=Var[name=x], r=Num[v=3.0]]]
//   UnknownVariable: unknown variable nope
//   4.0
//   lookups=7
package p09eval;

import java.time.Duration;
import java.util.*;
import java.util.stream.*;
import kaa.*;
import static kaa.Async.*;

/** Java 21: recursive coroutine evaluator over a sealed record hierarchy with pattern switches
 *  (record patterns, guards) where variable lookups are asynchronous. */
public abstract class Eval {
    sealed interface Expr permits Num, Var, Bin, Neg, Call, Let {}
    record Num(double v) implements Expr {}
    record Var(String name) implements Expr {}
    enum Op { ADD, SUB, MUL, DIV }
    record Bin(Op op, Expr l, Expr r) implements Expr {}
    record Neg(Expr e) implements Expr {}
    record Call(String fn, List<Expr> args) implements Expr {}
    record Let(String name, Expr value, Expr body) implements Expr {}

    static final class UnknownVariable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        UnknownVariable(String n) { super("unknown variable " + n); }
    }

    final Map<String, Double> remote = new HashMap<>(Map.of("x", 3.0, "y", 4.0));
    int lookups;

    @Coroutine(interval = 1)
    InProgress<Double> lookup(String name) {
        lookups++;
        yield_();
        var v = remote.get(name);
        if (v == null) throw new UnknownVariable(name);
        return done(v);
    }

    @Coroutine
    InProgress<Double> eval(Expr e, Map<String, Double> env) {
        return done(switch (e) {
            case Num(var v) -> v;
            case Var(var n) when env.containsKey(n) -> env.get(n);
            case Var(var n) -> yield_(lookup(n));
            case Neg(Num(var v)) -> -v;
            case Neg(var inner) -> -yield_(eval(inner, env));
            case Bin(Op op, Expr l, Expr r) when op == Op.DIV -> {
                double den = yield_(eval(r, env));
                if (den == 0) throw new ArithmeticException("division by zero in " + e);
                yield yield_(eval(l, env)) / den;
            }
            case Bin(var op, var l, var r) -> {
                double a = yield_(eval(l, env)), b = yield_(eval(r, env));
                yield switch (op) {
                    case ADD -> a + b;
                    case SUB -> a - b;
                    case MUL -> a * b;
                    case DIV -> throw new AssertionError();
                };
            }
            case Call(var fn, var args) -> {
                var values = new ArrayList<Double>();
                for (var a : args) values.add(yield_(eval(a, env)));
                yield switch (fn) {
                    case "max" -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                    case "sum" -> values.stream().mapToDouble(d -> d).sum();
                    case "hypot" -> Math.hypot(values.get(0), values.get(1));
                    default -> throw new IllegalArgumentException("no function " + fn);
                };
            }
            case Let(var name, var value, var body) -> {
                var inner = new HashMap<>(env);
                inner.put(name, yield_(eval(value, env)));
                yield yield_(eval(body, inner));
            }
        });
    }

    public static void main(String[] args) {
        Eval ev = new Eval_Coroutines();
        var exprs = List.<Expr>of(
                new Call("hypot", List.of(new Var("x"), new Var("y"))),
                new Let("z", new Bin(Op.MUL, new Var("x"), new Num(10)),
                        new Bin(Op.SUB, new Var("z"), new Neg(new Var("y")))),
                new Call("sum", IntStream.rangeClosed(1, 4).mapToObj(i -> (Expr) new Num(i)).toList()),
                new Bin(Op.DIV, new Num(1), new Bin(Op.SUB, new Var("x"), new Num(3))),
                new Neg(new Var("nope")),
                new Call("max", List.of(new Neg(new Num(2)), new Var("y"), new Num(1))));
        for (var e : exprs) {
            try {
                System.out.println(ev.eval(e, Map.of()).await(Duration.ofSeconds(2)));
            } catch (RuntimeException ex) {
                System.out.println(ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        }
        System.out.println("lookups=" + ev.lookups);
    }
}
