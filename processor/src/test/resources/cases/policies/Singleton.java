// Policy.SINGLETON: while an invocation is unfinished, further calls on the same instance return that same
// InProgress (their arguments are ignored); a call after it finished starts a new one. Per instance.
// OUTPUT:
// run first
// same: true
// run other
// other instance: false
// first=first
// run third
// after finish: false third
import kaa.*;
import static kaa.Async.*;

public abstract class Singleton {
    @Coroutine(policy = Policy.SINGLETON)
    InProgress<String> load(String what) {
        System.out.println("run " + what);
        yield_();
        return done(what);
    }

    public static void main(String[] args) {
        Singleton s = new Singleton_Coroutines();
        InProgress<String> first = s.load("first");
        InProgress<String> second = s.load("second");
        System.out.println("same: " + (first == second));
        Singleton other = new Singleton_Coroutines();
        System.out.println("other instance: " + (other.load("other") == first));
        System.out.println("first=" + first.await());
        InProgress<String> third = s.load("third");
        System.out.println("after finish: " + (third == first) + " " + third.await());
    }
}
