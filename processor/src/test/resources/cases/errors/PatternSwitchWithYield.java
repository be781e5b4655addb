// A pattern switch with a yield_ in a case (bug 11: every pattern case became 'default:', so the generated code did
// not compile): a tagged error until pattern cases are lowered.
// RELEASE: 21
// ERROR: [kaa.unsupported]
// ERROR-LINE: 18
import kaa.*;
import static kaa.Async.*;

public abstract class PatternSwitchWithYield {
    sealed interface Shape permits Circle, Square {}
    record Circle(double r) implements Shape {}
    record Square(double s) implements Shape {}

    @Coroutine
    static InProgress<Double> area(Shape shape) {
        double a;
        switch (shape) {
            case Circle c -> { // error here
                yield_();
                a = 3 * c.r() * c.r();
            }
            case Square s -> a = s.s() * s.s();
        }
        return done(a);
    }
}
