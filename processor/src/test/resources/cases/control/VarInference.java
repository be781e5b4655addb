// var across suspensions, including types that cannot be written in source: an intersection type, a captured
// wildcard (an anonymous class type: VarAnonymousClass).
// OUTPUT:
// 1 [x]
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
        yield_();
        list.add("x");
        yield_();
        System.out.println(list.size() + " " + list);

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
