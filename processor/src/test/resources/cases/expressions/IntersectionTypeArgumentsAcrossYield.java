// A var whose type has an intersection as a type argument (List.of(1, 3L) is a List<Number & Comparable<...> &
// Constable & ConstantDesc>) lives across a yield_ and is used through every bound of the intersection: reads see one
// type variable standing for it (IntersectionVariables), so reading an element and putting it back compiles, and so
// do lambdas and local classes reading it, nested type arguments, a second var of the same intersection, a
// reassignment, a generic coroutine whose intersection mentions its type variable, and an awaited value.
// Expected: as plain Java.
// OUTPUT:
// 4 1 true true 3
// [3, 3]
// 4
// {k=[1, a]} 2
// [x, 2] x
// 11
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class IntersectionTypeArgumentsAcrossYield {
    @Coroutine
    static InProgress<String> bounds() {
        var numbers = List.of(Integer.valueOf(1), Long.valueOf(3L));
        yield_();
        long sum = numbers.get(0).intValue() + numbers.get(1).longValue();
        Comparable<?> comparable = numbers.get(0);
        boolean constable = numbers.get(1).describeConstable().isPresent();
        return done(sum + " " + comparable + " " + constable + " " + (numbers.get(0) instanceof Number) + " "
                + numbers.get(1));
    }

    @Coroutine
    static InProgress<String> putBack() {
        var list = new ArrayList<>(List.of(Integer.valueOf(1), Long.valueOf(3L)));
        yield_();
        list.set(0, list.get(1));
        Supplier<Long> last = () -> list.get(1).longValue();
        yield_();
        class Reader {
            int first() {
                return list.get(0).intValue();
            }
        }
        return done(list + "\n" + (last.get() + new Reader().first() - 2));
    }

    @Coroutine
    static InProgress<String> nested() {
        var map = Map.of("k", List.of(Integer.valueOf(1), "a"));
        var same = List.of(Integer.valueOf(2), "b");
        yield_();
        same = map.get("k");
        yield_();
        return done(map + " " + same.size());
    }

    @Coroutine
    static <T extends java.io.Serializable & Comparable<T>> InProgress<String> generic(T text) {
        var pair = new ArrayList<>(List.of(text, Integer.valueOf(2)));
        yield_();
        String a = pair.get(0).toString();
        pair.set(1, pair.get(1));
        return done(pair + " " + a);
    }

    @Coroutine
    static InProgress<Integer> awaited(InProgress<Integer> later) {
        var numbers = List.of(Integer.valueOf(1), Long.valueOf(3L));
        int got = yield_(later);
        return done(got + numbers.get(0).intValue() + numbers.get(1).intValue());
    }

    public static void main(String[] args) {
        System.out.println(IntersectionTypeArgumentsAcrossYield_Coroutines.bounds().await());
        System.out.println(IntersectionTypeArgumentsAcrossYield_Coroutines.putBack().await());
        System.out.println(IntersectionTypeArgumentsAcrossYield_Coroutines.nested().await());
        System.out.println(IntersectionTypeArgumentsAcrossYield_Coroutines.generic("x").await());
        InProgress<Integer> later = new InProgress<>();
        InProgress<Integer> sum = IntersectionTypeArgumentsAcrossYield_Coroutines.awaited(later);
        later.finish(7);
        System.out.println(sum.await());
    }
}
