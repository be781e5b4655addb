// A var whose type is an intersection (the lub of two classes sharing two interfaces) lives across yield_ and is
// used through its second interface.
// OUTPUT:
// first: named 1
// second: named 2
import kaa.*;
import static kaa.Async.*;

public abstract class VarOfIntersectionType {
    interface Named {
        String name();
    }

    interface Numbered {
        int number();
    }

    static final class One implements Named, Numbered {
        public String name() {
            return "named";
        }

        public int number() {
            return 1;
        }
    }

    static final class Two implements Named, Numbered {
        public String name() {
            return "named";
        }

        public int number() {
            return 2;
        }
    }

    @Coroutine
    InProgress<Void> run(boolean first) {
        var either = first ? new One() : new Two();
        yield_();
        System.out.println((first ? "first: " : "second: ") + either.name() + " " + either.number());
        return done();
    }

    public static void main(String[] args) {
        VarOfIntersectionType coroutines = new VarOfIntersectionType_Coroutines();
        coroutines.run(true).await();
        coroutines.run(false).await();
    }
}
