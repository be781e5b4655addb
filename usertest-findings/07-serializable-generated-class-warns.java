// FINDING 07: a Serializable class with coroutines (it declares serialVersionUID): the generated subclass has none,
// so -Xlint:all (its [serial] lint) warns in generated code and -Werror fails the build.
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar Ser.java && java -cp o:kaa-runtime.jar Ser
// Expected: compiles without warnings (README: "the generated code itself compiles without warnings"), prints 1.
// Actual (JDK 17 and 25):
//   o/Ser_Coroutines.java:9: warning: [serial] serializable class Ser_Coroutines has no definition of serialVersionUID
//   public final class Ser_Coroutines extends Ser {
//   error: warnings found and -Werror specified
// Diagnosis: the generated *_Coroutines class should declare `private static final long serialVersionUID` (copying
//   the user's value, or 1L) or carry @SuppressWarnings("serial") when the class is Serializable. Realistic: any
//   coroutine class that extends an Exception, a Swing/AWT component, or implements Serializable for a framework.
//   Workaround: -Xlint:-serial. (With that, @SuppressWarnings("unchecked") and ({"deprecation", "removal"}) on a
//   coroutine are honoured in the generated machine: passing/SuppressedWarnings.java.)
import java.io.Serializable;
import kaa.*;
import static kaa.Async.*;

public abstract class Ser implements Serializable {
    private static final long serialVersionUID = 1L;

    @Coroutine
    InProgress<Integer> one() {
        yield_();
        return done(1);
    }

    public static void main(String[] args) {
        System.out.println(new Ser_Coroutines().one().await());
    }
}
