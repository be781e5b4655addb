// A switch on a String with suspensions in the cases, and a selector that is itself a yield_.
// OUTPUT:
// one = 1
// two = 2
// three = -1
// selected two
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class StringSwitch {
    @Coroutine
    InProgress<Integer> parse(String word) {
        int value;
        switch (word) {
            case "one":
                value = yield_(later(1));
                break;
            case "two":
                yield_();
                value = 2;
                break;
            default:
                value = -1;
        }
        return done(value);
    }

    @Coroutine
    InProgress<String> select() {
        switch (yield_(later("two"))) {
            case "one":
                return done("selected one");
            case "two":
                yield_();
                return done("selected two");
            default:
                return done("selected nothing");
        }
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        StringSwitch coroutines = new StringSwitch_Coroutines();
        for (String word : new String[] {"one", "two", "three"}) {
            System.out.println(word + " = " + coroutines.parse(word).await());
        }
        System.out.println(coroutines.select().await());
    }
}
