// return done(v) finishes with v, return done() with null; with and without a suspension before it.
// OUTPUT:
// hello kaa
// nothing ran
// null
// after yield
// 7
import kaa.*;
import static kaa.Async.*;

public abstract class ReturnDone {
    @Coroutine
    InProgress<String> greet(String name) {
        return done("hello " + name);
    }

    @Coroutine
    InProgress<Void> nothing() {
        yield_();
        System.out.println("nothing ran");
        return done();
    }

    @Coroutine
    InProgress<Integer> seven() {
        yield_();
        System.out.println("after yield");
        return done(7);
    }

    public static void main(String[] args) {
        ReturnDone coroutines = new ReturnDone_Coroutines();
        System.out.println(coroutines.greet("kaa").await());
        System.out.println(coroutines.nothing().await());
        System.out.println(coroutines.seven().await());
    }
}
