import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

//| working on 0
//| working on 1
//| working on 2
//| the answer is 42
abstract class Fetcher {                           // abstract: you instantiate the generated subclass
    static Fetcher create() {
        return new Fetcher_Coroutines();
    }

    @Coroutine(interval = 10)                      // resume 10 ms after each yield_()
    InProgress<Integer> countSlowly() {
        for (int i = 0; i < 3; i++) {
            System.out.println("working on " + i);
            yield_();                              // let the main loop run something else
        }
        return done(42);
    }

    @Coroutine
    InProgress<String> fetchAnswer() {
        yield_(delay(Duration.ofMillis(100)));     // suspend until the timer fires
        int answer = yield_(countSlowly());        // suspend until another coroutine finishes
        return done("the answer is " + answer);
    }

    public static void main(String[] args) {
        // await() runs the main loop itself when nothing else does, as in this plain main
        System.out.println(Fetcher.create().fetchAnswer().await());
    }
}
