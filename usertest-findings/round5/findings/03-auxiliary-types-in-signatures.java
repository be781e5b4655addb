// Finding 03 (minor): a record / sealed interface declared as a second top-level type in the coroutine class's
// file (the usual way to write a small sealed AST in one file) and used in a coroutine's signature makes
// `-Xlint:all -Werror` fail, because the generated X_Coroutines.java (another file) names it.
// The README mentions the auxiliaryclass lint only for the class *with coroutines* being auxiliary, not for types
// that appear in coroutine signatures. It matters more because the [kaa.record-constructor] error (a nested record
// with a compact constructor) says "Move the record out of Inventory": moving it out to a top-level record in the
// same file then fails this way; it must go to a file of its own (or -Xlint:-auxiliaryclass).
// Class: README wrong or missing / confusing error message (advice leads to the next error).
//
// Compile + run:  /tmp/u5/findings/run-finding.sh 03-auxiliary-types-in-signatures.java AuxTypes
// Expected: compiles (the user's own file uses Shape only in its own file), prints 12.0
// Actual:
//   /tmp/finding-AuxTypes/gen/AuxTypes_Coroutines.java:NN: warning: [auxiliaryclass] auxiliary class Shape in
//       AuxTypes.java should not be accessed from outside its own source file
//   error: warnings found and -Werror specified
// Guess: inherent to generating a separate file; at least document it next to the auxiliary-class note, and make
// the record-constructor message say "into a file of its own".
import kaa.*;
import static kaa.Async.*;

sealed interface Shape permits Square, Rect {}
record Square(double side) implements Shape {}
record Rect(double w, double h) implements Shape {}

public abstract class AuxTypes {
    @Coroutine
    InProgress<Double> area(Shape s) {
        yield_();
        return done(switch (s) {
            case Square(var a) -> a * a;
            case Rect(var w, var h) -> w * h;
        });
    }

    public static void main(String[] args) {
        System.out.println(new AuxTypes_Coroutines().area(new Rect(3, 4)).await());
    }
}
