// SKIP: processor bug: [kaa.internal-error] "Unexpected type nesting" for a hoisted var of an anonymous class type
// var across suspensions, including types that cannot be written in source: an anonymous class, an
// intersection type, a captured wildcard.
// OUTPUT:
// 2 [x]
// 5 true
// first 1
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class VarInference {
    @Coroutine
    InProgress<Void> run(int n) {
        var list = new ArrayList<String>();
        var counter = new Object() {
            int count;

            void bump() {
                count++;
            }
        };
        yield_();
        counter.bump();
        list.add("x");
        yield_();
        counter.bump();
        System.out.println(counter.count + " " + list);

        var mixed = n > 0 ? Integer.valueOf(n) : "none";
        yield_();
        System.out.println(mixed + " " + (mixed instanceof java.io.Serializable));

        List<?> wild = List.of(1, 2);
        var first = wild.get(0);
        yield_();
        System.out.println("first " + first);
        return done();
    }

    public static void main(String[] args) {
        VarInference coroutines = new VarInference_Coroutines();
        coroutines.run(5).await();
    }
}
