// The class's own field hides a protected field of a superclass in another package (commons-math3's
// EmpiricalDistribution.randomData, a RandomDataGenerator, hides AbstractRealDistribution.randomData, a
// RandomDataImpl; corpus): the body's name is the own field, which needs no accessor, but X_Coroutines got accessors
// of the hidden one, typed int here ("String cannot be converted to int" in the machine).
// OUTPUT:
// own field, then changed
import java.util.AbstractList;
import kaa.*;
import static kaa.Async.*;

public abstract class OwnFieldHidesProtectedField extends AbstractList<String> {
    String modCount = "own field";

    @Coroutine
    InProgress<String> describe() {
        String before = modCount;
        yield_();
        modCount = "changed";
        return done(before + ", then " + modCount);
    }

    @Override
    public String get(int index) {
        return modCount;
    }

    @Override
    public int size() {
        return 0;
    }

    public static void main(String[] args) {
        OwnFieldHidesProtectedField list = new OwnFieldHidesProtectedField_Coroutines();
        System.out.println(list.describe().await());
    }
}
