// Finding 02 (missing capability / README gap): a coroutine or @Threaded method whose body throws a checked
// exception must declare it (`throws IOException`), and then every plain-code call site must catch or
// declare it, although the README says the call never throws it ("a coroutine declared throws IOException
// never throws it from the call"). The catch block at the call is dead code, and the method cannot be used
// where a Supplier<InProgress<T>> / Function<..., InProgress<T>> is expected (e.g. a retry helper that takes
// `() -> store.read(key)`); the user has to write a custom functional interface that `throws IOException`.
// The README's own Thumbnails example (scale ... throws IOException) has this property but does not say it.
//
// Reproduce (from /tmp/usertest3/findings):
//   M=~/.m2/repository; RT=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
//   PROC=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
//   cp 02-checked-throws-forces-dead-catch.java /tmp/Checked.java && javac -d /tmp/ck -cp $RT -processorpath $PROC /tmp/Checked.java
// Expected: either a way to declare the checked exception for the body only (so the InProgress-returning
//   call is exception-free, as it is at run time), or the README says plainly that callers must still
//   catch/declare it and shows the idiom (custom functional interface, or wrapping in UncheckedIOException).
// Actual:
//   Checked.java:36: error: unreported exception IOException; must be caught or declared to be thrown
//   Checked.java:35: error: unreported exception IOException; must be caught or declared to be thrown
// Guess: the coroutine keeps the user's method signature, `throws` clause included, for the generated override;
//   javac then applies the clause to every call even though the generated call only returns an InProgress.
import java.io.IOException;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class Checked {
    @Threaded
    InProgress<String> read(String name) throws IOException {
        if (name.isEmpty()) throw new IOException("empty");
        return done("contents of " + name);
    }

    public static void main(String[] args) {
        Checked c = new Checked_Coroutines();
        InProgress<String> ip = c.read("a");                    // line 35: error, though the call never throws
        Supplier<InProgress<String>> later = () -> c.read("b"); // line 36: error, so no Supplier/Function either
        System.out.println(ip.await() + " " + later.get().await());
    }
}
