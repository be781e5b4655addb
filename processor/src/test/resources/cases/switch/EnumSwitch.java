// Classic and arrow switches on an enum, with suspensions and a return from inside a case.
// OUTPUT:
// red
// green
// blue early
// warm RED
// cold GREEN
// cold BLUE
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class EnumSwitch {
    enum Color { RED, GREEN, BLUE }

    @Coroutine
    InProgress<String> name(Color color) {
        String result = "?";
        switch (color) {
            case RED:
                yield_();
                result = "red";
                break;
            case GREEN:
                result = yield_(later("green"));
                break;
            case BLUE:
                return done("blue early");
        }
        yield_();
        return done(result);
    }

    @Coroutine
    InProgress<String> temperature(Color color) {
        String word;
        switch (color) {
            case RED -> {
                yield_();
                word = "warm";
            }
            case GREEN, BLUE -> word = yield_(later("cold"));
            default -> throw new IllegalArgumentException(color.name());
        }
        return done(word + " " + color);
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        EnumSwitch coroutines = new EnumSwitch_Coroutines();
        for (Color color : Color.values()) {
            System.out.println(coroutines.name(color).await());
        }
        for (Color color : Color.values()) {
            System.out.println(coroutines.temperature(color).await());
        }
    }
}
