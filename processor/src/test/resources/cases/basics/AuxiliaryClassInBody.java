// A second top-level class of the user's file (an auxiliary class) as the type of a local living across yield_():
// the generated machine names it from another file, which javac's auxiliaryclass lint reports there, and only there,
// so -Xlint:all -Werror failed on generated code (fuzzer, SAME_FILE_CLASS). The machine suppresses that lint when
// its body names an auxiliary class.
// OUTPUT:
// box3 -> 4
import kaa.*;
import static kaa.Async.*;

public abstract class AuxiliaryClassInBody {
    @Coroutine
    static InProgress<String> grow(int start) {
        AuxiliaryBox box = new AuxiliaryBox(start);
        int more = yield_(InProgress.finished(1));
        return done(box + " -> " + (box.v + more));
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
