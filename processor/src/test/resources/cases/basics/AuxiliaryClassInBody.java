// A second top-level class of the user's file (an auxiliary class) used in a body: the generated machine names it
// from another file, which javac's auxiliaryclass lint reports there, and only there, so -Xlint:all -Werror failed on
// generated code (fuzzer, SAME_FILE_CLASS). The machine suppresses that lint when its body names an auxiliary class.
// A local of that type living across yield_() would be a field, and javac ignores @SuppressWarnings("auxiliaryclass")
// on field declarations: that stays a documented limitation (docs/lowering.md).
// OUTPUT:
// box3 -> 4
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

    public static void main(String[] args) {
        System.out.println(AuxiliaryClassInBody_Coroutines.grow(3).await());
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
