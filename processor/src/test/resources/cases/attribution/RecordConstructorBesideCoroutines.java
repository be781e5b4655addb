// A record with an explicit compact canonical constructor, nested in a class with coroutines and used in a coroutine
// body. Attributed in place, javac kept the super() call its attribution added and rejected the constructor
// afterwards ([kaa.record-constructor], errors/RecordConstructorInCoroutineClass); attributed in a private copy, it
// compiles and the constructor's check runs.
// ATTRIBUTION: copy
// OUTPUT:
// 3
// rejected 4 > 1
import kaa.*;
import static kaa.Async.*;

public abstract class RecordConstructorBesideCoroutines {
    record Range(int from, int to) {
        Range {
            if (from > to) {
                throw new IllegalArgumentException(from + " > " + to);
            }
        }
    }

    record Pair(String left, String right) {
        Pair(String left, String right) {
            this.left = left;
            this.right = right.strip();
        }
    }

    @Coroutine
    InProgress<Integer> width(int from, int to) {
        Range r = new Range(from, to);
        yield_();
        return done(r.to() - r.from());
    }

    public static void main(String[] args) {
        RecordConstructorBesideCoroutines c = new RecordConstructorBesideCoroutines_Coroutines();
        System.out.println(c.width(1, 4).await());
        try {
            c.width(4, 1).await();
        } catch (IllegalArgumentException e) {
            System.out.println("rejected " + e.getMessage());
        }
        if (!new Pair("a", " b ").right().equals("b")) {
            throw new AssertionError();
        }
    }
}
