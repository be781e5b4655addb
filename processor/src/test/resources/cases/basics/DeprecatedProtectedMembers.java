// Deprecated protected methods of a class in another package, one with a raw return type
// (ClassLoader.defineClass(byte[], int, int) returns a raw Class): the user suppresses the deprecation on the
// coroutine; X_Coroutines's accessors must not warn either (-Xlint:all -Werror): they suppress the deprecation and
// the raw type of their own signature.
// OUTPUT:
// java.lang ClassFormatError
import kaa.*;
import static kaa.Async.*;

public abstract class DeprecatedProtectedMembers extends ClassLoader {
    @SuppressWarnings("deprecation")
    @Coroutine
    InProgress<String> probe() {
        yield_();
        Package lang = getPackage("java.lang");
        String failure;
        try {
            defineClass(new byte[] {1, 2, 3}, 0, 3);
            failure = "none";
        } catch (ClassFormatError e) {
            failure = e.getClass().getSimpleName();
        }
        return done(lang.getName() + " " + failure);
    }

    public static void main(String[] args) {
        System.out.println(new DeprecatedProtectedMembers_Coroutines().probe().await());
    }
}
