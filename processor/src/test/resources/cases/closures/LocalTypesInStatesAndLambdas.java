// Local types of the body written where the states of resume() see them (they are declared at its top): the type
// argument of an awaited value (a local enum, a var of a local record, a List of local records, iterated straight
// from yield_), locals typed with generics over a local record that live in one state, and lambdas whose implicit
// or var parameters are local records (javac 25 gives an implicit parameter a synthetic type tree placed on the
// parameter's own text; the rewrite must not print it). Usertest findings 03, 04, 05, 08 and 10.
// OUTPUT:
// DESC
// 2 b
// 3 3
// [Pair[b=3], Pair[b=1]] Pair[b=3]
// 3 [Entry[score=9], Entry[score=4]]
// 4
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalTypesInStatesAndLambdas {
    @Coroutine
    static InProgress<String> localEnum() {
        enum Order { ASC, DESC }
        Order order = yield_(InProgress.finished(Order.DESC));
        return done(order.name());
    }

    @Coroutine
    static InProgress<String> varOfRecord() {
        record Pair(int a, String b) {}
        var q = yield_(InProgress.finished(new Pair(2, "b")));
        return done(q.a() + " " + q.b());
    }

    @Coroutine
    static InProgress<String> listOfRecords() {
        record Item(int price) {}
        List<Item> items = yield_(InProgress.finished(List.of(new Item(1), new Item(2))));
        int sum = 0;
        for (Item item : items) sum += item.price();
        int again = 0;
        for (Item item : yield_(InProgress.finished(items))) again += item.price();
        return done(sum + " " + again);
    }

    @Coroutine
    static InProgress<String> genericsOverRecord() {
        record Pair(int b) {}
        yield_();
        List<Pair> ps = new ArrayList<>(List.of(new Pair(1), new Pair(3)));
        BinaryOperator<Pair> better = (var x, var y) -> x.b() >= y.b() ? x : y;
        ps.sort((a, b) -> b.b() - a.b());
        Pair best = ps.stream().reduce(better).orElseThrow();
        return done(ps + " " + best);
    }

    @Coroutine
    static InProgress<String> lambdasOverRecords() {
        record Entry(int score) {}
        var entries = new ArrayList<Entry>();
        entries.add(new Entry(4));
        entries.add(new Entry(9));
        yield_();
        int count = 0;
        for (var e : entries) count += e.score() > 0 ? 1 : 0;
        entries.sort((a, b) -> b.score() - a.score());
        yield_();
        return done((count + entries.stream().mapToInt(i -> i.score()).sum() - 12) + " " + entries);
    }

    @Coroutine
    static InProgress<Integer> hoistedListOfRecords() {
        record Item(int price) {}
        List<Item> items = List.of(new Item(1), new Item(3));
        yield_();
        return done(items.stream().mapToInt(i -> i.price()).sum());
    }

    public static void main(String[] args) {
        System.out.println(LocalTypesInStatesAndLambdas_Coroutines.localEnum().await());
        System.out.println(LocalTypesInStatesAndLambdas_Coroutines.varOfRecord().await());
        System.out.println(LocalTypesInStatesAndLambdas_Coroutines.listOfRecords().await());
        System.out.println(LocalTypesInStatesAndLambdas_Coroutines.genericsOverRecord().await());
        System.out.println(LocalTypesInStatesAndLambdas_Coroutines.lambdasOverRecords().await());
        System.out.println(LocalTypesInStatesAndLambdas_Coroutines.hoistedListOfRecords().await());
    }
}
