// Static coroutines of an inner (non-static) class, which Java 16 allows: they need no instance of it, so the class
// needs no 'static' (usertest round 6, finding 01: [kaa.class-not-static] was reported for them too). The body calls
// a static helper of the inner class, a static method of the outer class and another static coroutine of its own.
// OUTPUT:
// 42 in Outer.In
// 7
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public class StaticCoroutinesOfInnerClass {
    static String outerName() {
        return "Outer";
    }

    class In {
        static int base = 20;

        static String where() {
            return outerName() + ".In";
        }

        @Coroutine
        static InProgress<Integer> twice(int x) {
            yield_(delay(Duration.ofMillis(1)));
            return done(x * 2);
        }

        @Coroutine
        static InProgress<String> describe() {
            int value = yield_(twice(base + 1));
            return done(value + " in " + where());
        }
    }

    public static void main(String[] args) {
        System.out.println(StaticCoroutinesOfInnerClass_In_Coroutines.describe().await());
        System.out.println(StaticCoroutinesOfInnerClass_In_Coroutines.twice(3).await() + 1);
    }
}
