// A sealed class with instance coroutines that permits its generated class, which is generated non-sealed; a class
// of the hierarchy extends the generated class (usertest round 10: the generated class was neither).
// OUTPUT:
// area of SealedCoroutineClass_Coroutines
// area of Circle
import kaa.*;
import static kaa.Async.*;

public sealed abstract class SealedCoroutineClass permits SealedCoroutineClass_Coroutines {
    @Coroutine
    InProgress<String> area() {
        yield_();
        return done("area of " + getClass().getSimpleName());
    }

    static final class Circle extends SealedCoroutineClass_Coroutines {
    }

    public static void main(String[] args) {
        System.out.println(new SealedCoroutineClass_Coroutines().area().await());
        System.out.println(new Circle().area().await());
    }
}
