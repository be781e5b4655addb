// A record pattern (Java 21) in the condition of an if, while, for, do-while, ?: and a case guard that the lowering
// takes apart around a yield_(), with a switch expression that declares a local right after the test, inside a
// constructor call. The lowering jumps on the negated test ('if (!(c)) { label = ...; continue dispatch; }'); javac
// 25 then writes stack map frames the JVM rejects (VerifyError "Inconsistent stackmap frames", JDK-8390354) when the
// test has a record pattern, so such a test is stored into a boolean first (fuzzer, seed 20261223, JDK 25;
// fuzzer/findings/RecordPatternTestBeforeSwitchExpression.java). The bindings of a switch expression inside such a
// test stay its own (they were made fields, which the copied switch never set).
// RELEASE: 21
// OUTPUT:
// if: Result[n=10, s=a]
// while: Result[n=20, s=b] Result[n=10, s=b]
// for: Result[n=20, s=c] Result[n=10, s=c]
// do: Result[n=10, s=d]
// ?: Result[n=20, s=e]!
// ?: none!
// when: Result[n=10, s=f]
// when: other
// switch: long ab!
// switch: short x
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class RecordPatternTestsAroundYield {
    record Pair(int n, String s) {}

    record Result(int n, String s) {}

    record Box(Object content) {}

    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(java.time.Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }

    @Coroutine
    static InProgress<String> ifTest(Object o) {
        if (o instanceof Pair(int n, var s)) {
            Result r = new Result(switch (n) {
                case 1:
                    int k = n * 10;
                    yield k;
                default:
                    yield 0;
            }, s);
            yield_(later(r));
            return done(r.toString());
        }
        return done("no pair");
    }

    @Coroutine
    static InProgress<String> whileTest(Object o) {
        List<Result> out = new ArrayList<>();
        while (o instanceof Pair(int n, var s) && n > 0) {
            out.add(new Result(switch (n) {
                case 1, 2:
                    int k = n * 10;
                    yield k;
                default:
                    yield 0;
            }, s));
            o = yield_(later(new Pair(n - 1, s)));
        }
        return done(out.get(0) + " " + out.get(1));
    }

    @Coroutine
    static InProgress<String> forTest(Object start) {
        List<Result> out = new ArrayList<>();
        for (Object o = start; o instanceof Pair(int n, var s) && n > 0; o = new Pair(n - 1, s)) {
            out.add(new Result(switch (n) {
                case 1, 2:
                    int k = n * 10;
                    yield k;
                default:
                    yield 0;
            }, s));
            yield_();
        }
        return done(out.get(0) + " " + out.get(1));
    }

    @Coroutine
    static InProgress<String> doTest(Object o) {
        int tries = 0;
        do {
            tries++;
            yield_(later(tries));
        } while (!(o instanceof Pair(int n, var s)) && tries < 3);
        Object box = new Box(o);
        if (box instanceof Box(Pair(int n, var s))) {
            Result r = new Result(switch (n) {
                case 1:
                    int k = n * 10;
                    yield k;
                default:
                    yield 0;
            }, s);
            yield_();
            return done(r.toString());
        }
        return done("no pair");
    }

    @Coroutine
    static InProgress<String> conditionalTest(Object o) {
        String v = o instanceof Pair(int n, var s)
                ? new Result(switch (n) {
                    case 2:
                        int k = n * 10;
                        yield k;
                    default:
                        yield 0;
                }, s) + yield_(later("!"))
                : "none" + yield_(later("!"));
        return done(v);
    }

    @Coroutine
    static InProgress<String> guardTest(Object o) {
        switch (o) {
            case Box b when b.content() instanceof Pair(int n, var s) && yield_(later(n == 1)):
                Result r = new Result(switch (n) {
                    case 1:
                        int k = n * 10;
                        yield k;
                    default:
                        yield 0;
                }, s);
                return done(r.toString());
            default:
                return done("other");
        }
    }

    @Coroutine
    static InProgress<String> switchInConditionTest(Object o) {
        if (switch (o) {
            case Pair(int n, var s) -> s.length() > n;
            default -> false;
        }) {
            String r = o instanceof Pair(int n, var s) && n > 0 ? s + yield_(later("!")) : "x";
            return done("long " + r);
        }
        yield_();
        String r = switch (o) {
            case Pair p when p.n() > 5 -> "big";
            default -> "x";
        } instanceof String s && s.length() == 1 ? s + yield_(later("")) : "y";
        return done("short " + r);
    }

    public static void main(String[] args) {
        System.out.println("if: " + RecordPatternTestsAroundYield_Coroutines.ifTest(new Pair(1, "a")).await());
        System.out.println("while: " + RecordPatternTestsAroundYield_Coroutines.whileTest(new Pair(2, "b")).await());
        System.out.println("for: " + RecordPatternTestsAroundYield_Coroutines.forTest(new Pair(2, "c")).await());
        System.out.println("do: " + RecordPatternTestsAroundYield_Coroutines.doTest(new Pair(1, "d")).await());
        System.out.println("?: " + RecordPatternTestsAroundYield_Coroutines.conditionalTest(new Pair(2, "e")).await());
        System.out.println("?: " + RecordPatternTestsAroundYield_Coroutines.conditionalTest("x").await());
        System.out.println("when: "
                + RecordPatternTestsAroundYield_Coroutines.guardTest(new Box(new Pair(1, "f"))).await());
        System.out.println("when: " + RecordPatternTestsAroundYield_Coroutines.guardTest(new Box("g")).await());
        System.out.println("switch: "
                + RecordPatternTestsAroundYield_Coroutines.switchInConditionTest(new Pair(1, "ab")).await());
        System.out.println("switch: "
                + RecordPatternTestsAroundYield_Coroutines.switchInConditionTest(new Pair(3, "ab")).await());
    }
}
