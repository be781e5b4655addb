// The README's first example with 'var' for the generated class in main (bug 17: javac crashed, because main was
// attributed in the round before Fetcher_Coroutines existed). Also a plain method with a var of an anonymous class in
// another class of the same file (bug 04), and an inferred type involving one (bug 05).
// OUTPUT:
// working on 0
// working on 1
// 42
// 3 bob
// 3
import java.util.List;
import java.util.Optional;
import kaa.*;
import static kaa.Async.*;

public abstract class VarOfGeneratedClass {
    @Coroutine
    InProgress<Integer> countSlowly() {
        for (int i = 0; i < 2; i++) {
            System.out.println("working on " + i);
            yield_();
        }
        return done(42);
    }

    public static void main(String[] args) {
        var f = new VarOfGeneratedClass_Coroutines();
        var answer = f.countSlowly();
        System.out.println(answer.await());
        Plain.run();
    }
}

class Plain {
    static void run() {
        var acc = new Object() {
            int count;
            String last = "";
        };
        for (String s : List.of("a", "b", "bob")) {
            acc.count++;
            acc.last = s;
        }
        System.out.println(acc.count + " " + acc.last);
        int v = Optional.of(new Object() { int x = 3; }).map(o -> o.x).orElse(0);
        System.out.println(v);
    }
}
