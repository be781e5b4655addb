// FINDING 11 (usability / README): a subclass that implements the abstract methods of a coroutine class but
// declares no @Coroutine of its own gets no *_Coroutines class; naming it is a bare javac "cannot find symbol".
// I hit this twice in 32 programs (a cache over Cache<K, V>, and here), each time after reading the README.
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar NoOwnCoroutine.java
// Expected: either NoOwnCoroutine_Plain_Coroutines exists (README: "a subclass's generated class also runs the
//   coroutines it inherits" reads as if every subclass gets one), or a message that says what to do.
// Actual (JDK 17):
//   NoOwnCoroutine.java:43: error: cannot find symbol   (line 43 of this file)
//           Source plain = new NoOwnCoroutine_Plain_Coroutines();
//     symbol:   class NoOwnCoroutine_Plain_Coroutines
//   (the generated NoOwnCoroutine_Source_Coroutines is abstract; the README's intended way is
//    `static final class Plain extends NoOwnCoroutine_Source_Coroutines { ... }`, which works.)
// Suggestion: generate *_Coroutines for an abstract subclass (in the same compilation) of a class with coroutines
//   too, or say in the README's "A first coroutine" paragraph, in one sentence, that only classes declaring a
//   @Coroutine get a generated class, and a subclass that only implements abstract methods extends the parent's
//   generated class instead.
import kaa.*;
import static kaa.Async.*;

public final class NoOwnCoroutine {
    private NoOwnCoroutine() {}

    abstract static class Source {
        abstract String make(int i);

        @Coroutine
        InProgress<String> next(int i) {
            yield_();
            return done(make(i));
        }
    }

    abstract static class Plain extends Source {
        @Override
        String make(int i) {
            return "item-" + i;
        }
    }

    public static void main(String[] args) {
        Source plain = new NoOwnCoroutine_Plain_Coroutines();
        System.out.println(plain.next(1).await());
    }
}
