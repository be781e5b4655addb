// A protected field of a class in another package (AbstractList.modCount), read and assigned in an anonymous class
// of a coroutine body, unqualified and as Owner.this.modCount: in the machine the anonymous class is no subclass
// either, and the generated code named self.modCount, which javac rejected ("modCount has protected access"). It
// goes through X_Coroutines's accessors like the body's own uses. An anonymous AbstractList of the body uses its own
// modCount, as Java does.
// OUTPUT:
// 7 8 own10
import java.util.AbstractList;
import java.util.function.IntSupplier;
import kaa.*;
import static kaa.Async.*;

public abstract class ProtectedMemberInAnonymousClass extends AbstractList<String> {
    @Override
    public String get(int index) {
        return "x";
    }

    @Override
    public int size() {
        return 0;
    }

    @Coroutine
    InProgress<String> changes() {
        IntSupplier counter = new IntSupplier() {
            @Override
            public int getAsInt() {
                modCount = modCount + 1;
                return ProtectedMemberInAnonymousClass.this.modCount;
            }
        };
        AbstractList<String> own = new AbstractList<String>() {
            @Override
            public String get(int index) {
                modCount = modCount + 10;
                return "own" + modCount;
            }

            @Override
            public int size() {
                return 1;
            }
        };
        modCount = 6;
        yield_();
        return done(counter.getAsInt() + " " + counter.getAsInt() + " " + own.get(0));
    }

    public static void main(String[] args) {
        System.out.println(new ProtectedMemberInAnonymousClass_Coroutines().changes().await());
    }
}
