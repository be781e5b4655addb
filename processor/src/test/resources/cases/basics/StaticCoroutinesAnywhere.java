// Static coroutines need nothing of their class: a final utility class with a private constructor (bug 02), an
// interface, an enum and a record may declare them.
// OUTPUT:
// 42
// 1
// 2
// 3
import kaa.*;
import static kaa.Async.*;

public final class StaticCoroutinesAnywhere {
    private StaticCoroutinesAnywhere() {}

    @Coroutine
    static InProgress<Integer> answer() {
        yield_();
        return done(42);
    }

    interface Api {
        @Coroutine
        static InProgress<Integer> one() {
            yield_();
            return done(1);
        }
    }

    enum Color {
        RED;

        @Coroutine
        static InProgress<Integer> two() {
            yield_();
            return done(2);
        }
    }

    record Point(int x) {
        @Coroutine
        static InProgress<Integer> three() {
            yield_();
            return done(3);
        }
    }

    public static void main(String[] args) {
        System.out.println(StaticCoroutinesAnywhere_Coroutines.answer().await());
        System.out.println(StaticCoroutinesAnywhere_Api_Coroutines.one().await());
        System.out.println(StaticCoroutinesAnywhere_Color_Coroutines.two().await());
        System.out.println(StaticCoroutinesAnywhere_Point_Coroutines.three().await());
    }
}
