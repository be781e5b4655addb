import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| Alice: 3 items, subtotal 36, discount 10%, total 32.40
//| Bob: 1 items, subtotal 5, discount 0%, total 5.00
//| default greeting: Hello, Carol
//| static in interface: 6
public final class Shop {
    private Shop() {}

    record Item(String name, int price) {}

    interface Pricing {
        default InProgress<Integer> priceOf(Item item) {
            return InProgress.finished(item.price());
        }

        default int discountPercent(int subtotal) {
            return subtotal >= 20 ? 10 : 0;
        }

        default double applyDiscount(int subtotal, int pct) {
            return subtotal * (100 - pct) / 100.0;
        }

        @Coroutine
        static InProgress<Integer> sumLater(List<Integer> xs) {
            int s = 0;
            for (int x : xs) {
                yield_();
                s += x;
            }
            return done(s);
        }
    }

    interface Greeter {
        default String greet(String who) {
            return "Hello, " + who;
        }
    }

    abstract static class Store implements Pricing, Greeter {
        @Coroutine
        InProgress<String> checkout(String customer, Item... items) {
            int subtotal = 0;
            for (Item item : items) subtotal += yield_(priceOf(item));
            int pct = discountPercent(subtotal);
            double total = applyDiscount(subtotal, pct);
            return done(String.format("%s: %d items, subtotal %d, discount %d%%, total %.2f",
                    customer, items.length, subtotal, pct, total));
        }

        @Coroutine
        InProgress<String> greetLater(String who) {
            yield_();
            return done(greet(who));
        }
    }

    public static void main(String[] args) {
        Store shop = new Shop_Store_Coroutines();
        System.out.println(shop.checkout("Alice", new Item("pen", 2), new Item("book", 30), new Item("mug", 4)).await());
        System.out.println(shop.checkout("Bob", new Item("gum", 5)).await());
        System.out.println("default greeting: " + shop.greetLater("Carol").await());
        System.out.println("static in interface: " + Shop_Pricing_Coroutines.sumLater(List.of(1, 2, 3)).await());
    }
}
