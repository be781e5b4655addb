// A field, a static field or a hoisted local as the whole value of an arrow rule of a switch expression that is
// lowered (another rule suspends): the rule's expression is rewritten like any other (self.field), although its
// tree's parent is the case.
// OUTPUT:
// 7 40 3 2
import kaa.*;
import static kaa.Async.*;

public abstract class FieldAsRuleValue {
    int field = 7;
    static int STATIC_FIELD = 40;

    @Coroutine
    InProgress<Integer> pick(int x) {
        int local = 3;
        int v = switch (x) {
            case 1 -> field;
            case 2 -> STATIC_FIELD;
            case 3 -> local;
            default -> yield_(InProgress.finished(2));
        };
        return done(v);
    }

    public static void main(String[] args) {
        FieldAsRuleValue f = new FieldAsRuleValue_Coroutines();
        System.out.println(f.pick(1).await() + " " + f.pick(2).await() + " " + f.pick(3).await() + " "
                + f.pick(4).await());
    }
}
