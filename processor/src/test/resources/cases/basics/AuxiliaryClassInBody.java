// A second top-level class of the user's file (an auxiliary class) used in a body: the generated machine names it
// from another file, which javac's auxiliaryclass lint reports there, and only there, so -Xlint:all -Werror failed on
// generated code (fuzzer, SAME_FILE_CLASS). The machine suppresses that lint when its body names an auxiliary class.
// A local of that type living across yield_() is a field, and javac ignores @SuppressWarnings("auxiliaryclass") on
// field declarations: such a field is an Object, and reads cast back (the cast is in resume(), where the suppression
// holds), for a local, one captured by a lambda, and a temporary holding the value while an argument suspends.
// OUTPUT:
// box3 -> 4
// box5 5 box6 8
import kaa.*;
import static kaa.Async.*;

public abstract class AuxiliaryClassInBody {
    @Coroutine
    static InProgress<String> grow(int start) {
        String before = new AuxiliaryBox(start).toString();
        int more = yield_(InProgress.finished(1));
        AuxiliaryBox after = new AuxiliaryBox(start + more);
        return done(before + " -> " + after.v);
    }

    @Coroutine
    static InProgress<String> keep(int start) {
        AuxiliaryBox box = new AuxiliaryBox(start);
        yield_();
        java.util.function.Supplier<Integer> v = () -> box.v;
        String joined = join(new AuxiliaryBox(start + 1), yield_(InProgress.finished(2)));
        return done(box + " " + v.get() + " " + joined);
    }

    static String join(AuxiliaryBox box, int plus) {
        return box + " " + (box.v + plus);
    }

    public static void main(String[] args) {
        System.out.println(AuxiliaryClassInBody_Coroutines.grow(3).await());
        System.out.println(AuxiliaryClassInBody_Coroutines.keep(5).await());
    }
}

final class AuxiliaryBox {
    final int v;

    AuxiliaryBox(int v) {
        this.v = v;
    }

    @Override
    public String toString() {
        return "box" + v;
    }
}
