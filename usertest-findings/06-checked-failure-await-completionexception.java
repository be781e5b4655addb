// FINDING 06 (usability / README): a coroutine declared `throws IOException` makes javac require a catch around
// the call, but the call never throws (README: "An exception thrown by the body fails that InProgress rather than
// escaping the call"), and await() then throws java.util.concurrent.CompletionException wrapping it. The natural
// `try { c.load().await(); } catch (IOException e)` compiles, and its catch block is dead code.
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar CheckedAwait.java && java -cp o:kaa-runtime.jar CheckedAwait
// Expected (what the README leads one to write): prints "io: offline".
// Actual: Exception in thread "main" java.util.concurrent.CompletionException: java.io.IOException: offline
//           at kaa.InProgress.valueOrThrow(InProgress.java:881) ...
// Diagnosis: behaviour as InProgress.await()'s javadoc says ("@throws CompletionException wrapping the failure, if it
//   failed with a checked exception"), but the README never says it, and nothing in the README shows how plain
//   code should receive a checked failure (getCause() of CompletionException? an await variant taking the class,
//   like yield_(ip, IOException.class)?). Suggest: README sentence under "A first coroutine" and/or an
//   `await(Class<X>) throws X` mirroring yield_(ip, X.class). Not a processor bug.
// Realistic trigger: my OrderService program (main catches IOException around place(...).await()).
import java.io.IOException;
import kaa.*;
import static kaa.Async.*;

public abstract class CheckedAwait {
    @Coroutine
    InProgress<String> load() throws IOException {
        yield_();
        throw new IOException("offline");
    }

    public static void main(String[] args) {
        CheckedAwait c = new CheckedAwait_Coroutines();
        try {
            System.out.println(c.load().await());
        } catch (IOException e) {                       // javac demands this catch, and it never runs
            System.out.println("io: " + e.getMessage());
        }
    }
}
