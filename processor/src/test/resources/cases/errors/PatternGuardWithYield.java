// A pattern switch whose guard awaits: the tests of a pattern switch run in one state, before any case body, so a
// guard cannot suspend; a tagged error until guards are lowered too. (A yield_ in a case body is lowered:
// switch/PatternSwitchAcrossYield.java.)
// RELEASE: 21
// ERROR: [kaa.unsupported]
import kaa.*;
import static kaa.Async.*;

public abstract class PatternGuardWithYield {
    sealed interface Shape permits Circle, Square {}
    record Circle(double r) implements Shape {}
    record Square(double s) implements Shape {}

    @Coroutine
    static InProgress<Double> area(Shape shape) {
        double a;
        switch (shape) {
            case Circle c when yield_(InProgress.finished(c.r() > 0)) -> a = 3 * c.r() * c.r(); // error here
            case Circle c -> a = 0;
            case Square s -> a = s.s() * s.s();
        }
        return done(a);
    }
}
