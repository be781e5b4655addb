// Switches with pattern, null and guarded cases (Java 21) with yield_ in their bodies (bug 11: every pattern case
// became 'default:'; then a tagged error): the cases' tests become an if-chain in order, null first (without a
// 'case null' a null selector throws NullPointerException, as Java does), bindings (also of record patterns) are
// fields stored by the test, guards (which may await) run after the bindings in states of their own and go on with
// the next case when false; no match and no default is MatchException.
// RELEASE: 21
// OUTPUT:
// circle 12.0
// big square 16.0
// square 1.0
// pair 3 three
// null
// other x
// expr: 4.0 | 8.0 | none
// classic: long 7 | other | empty
// npe
import kaa.*;
import static kaa.Async.*;

public abstract class PatternSwitchAcrossYield {
    sealed interface Shape permits Circle, Square {}

    record Circle(double r) implements Shape {}

    record Square(double s) implements Shape {}

    record Pair(int count, String name) {}

    @Coroutine
    static InProgress<String> describe(Object o) {
        String result;
        switch (o) {
            case Circle c -> {
                double r = yield_(InProgress.finished(c.r()));
                result = "circle " + (3 * r * r);
            }
            case Square s when yield_(InProgress.finished(s.s() > 2)) -> {
                yield_();
                result = "big square " + s.s() * s.s();
            }
            case Square s -> result = "square " + yield_(InProgress.finished(s.s() * s.s()));
            case Pair(int count, var name) -> {
                yield_();
                result = "pair " + count + " " + name;
            }
            case null -> result = "null";
            default -> result = "other " + yield_(InProgress.finished(o));
        }
        return done(result);
    }

    @Coroutine
    static InProgress<String> area(Shape shape) {
        double a = switch (shape) {
            case Circle c -> yield_(InProgress.finished(c.r() * 4));
            case Square s -> {
                yield_();
                yield s.s() * 2;
            }
        };
        return done(String.valueOf(a));
    }

    @Coroutine
    static InProgress<String> noNullCase(Object o) {
        switch (o) {
            case String s -> {
                yield_();
                return done(s);
            }
            default -> {
                return done("none");
            }
        }
    }

    /** Classic case groups: a guarded pattern that awaits; when its guard is false, the next cases are tried. */
    @Coroutine
    static InProgress<String> classic(Object o) {
        String result = "";
        switch (o) {
            case Long l when yield_(InProgress.finished(l > 5)):
                result = "long " + l;
                break;
            case String w when w.isEmpty():
                yield_();
                result = "empty";
                break;
            default:
                result = "other";
        }
        return done(result);
    }

    public static void main(String[] args) {
        for (Object o : new Object[] {new Circle(2), new Square(4), new Square(1), new Pair(3, "three"), null, "x"}) {
            System.out.println(PatternSwitchAcrossYield_Coroutines.describe(o).await());
        }
        System.out.println("expr: " + PatternSwitchAcrossYield_Coroutines.area(new Circle(1)).await() + " | "
                + PatternSwitchAcrossYield_Coroutines.area(new Square(4)).await() + " | "
                + PatternSwitchAcrossYield_Coroutines.noNullCase(5).await());
        System.out.println("classic: " + PatternSwitchAcrossYield_Coroutines.classic(7L).await() + " | "
                + PatternSwitchAcrossYield_Coroutines.classic("7").await() + " | "
                + PatternSwitchAcrossYield_Coroutines.classic("").await());
        try {
            PatternSwitchAcrossYield_Coroutines.noNullCase(null).await();
        } catch (NullPointerException expected) {
            System.out.println("npe");
        }
    }
}
