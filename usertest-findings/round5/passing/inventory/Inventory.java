import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Inventory {
    record Line(Sku sku, int qty) {}

    @Coroutine
    InProgress<Integer> stock(Sku sku) {
        yield_(delay(Duration.ofMillis(1)));
        return done(sku.code().length() * 3);
    }

    @Coroutine
    InProgress<List<String>> check(List<Line> order) {
        List<String> out = new ArrayList<>();
        for (Line l : order)
            out.add(l.sku().code() + (yield_(stock(l.sku())) >= l.qty() ? " ok" : " short"));
        return done(out);
    }

    public static void main(String[] args) {
        Inventory inv = new Inventory_Coroutines();
        System.out.println(inv.check(List.of(new Line(new Sku("AB"), 5), new Line(new Sku("ABCD"), 5))).await());
    }
}
