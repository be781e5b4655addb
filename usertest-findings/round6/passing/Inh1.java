import java.util.*;
import kaa.*;
import static kaa.Async.*;

public class Inh1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    static abstract class Animal<F extends CharSequence> {
        final List<String> log = new ArrayList<>();

        @Coroutine
        InProgress<String> sound() {
            return done("..." + yield_(Inh1_Coroutines.later("")));
        }

        @Coroutine
        InProgress<String> speak(F food) {
            String s = yield_(sound());
            log.add("speak " + s);
            return done(name() + " eats " + food + " says " + s + " " + yield_(Inh1_Coroutines.later(food.length())));
        }

        abstract String name();
    }

    static abstract class Dog extends Inh1_Animal_Coroutines<String> {
        @Coroutine
        @Override
        InProgress<String> sound() {
            return done("woof" + yield_(Inh1_Coroutines.later("!")));
        }

        @Coroutine
        InProgress<String> fetch(int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append(yield_(speak("bone" + i))).append(';');
            return done(sb.toString());
        }

        @Override String name() { return "dog"; }
    }

    static abstract class Puppy extends Inh1_Dog_Coroutines {
        @Coroutine
        @Override
        InProgress<String> sound() {
            return done("yip" + yield_(Inh1_Coroutines.later("?")));
        }
        @Override String name() { return "puppy"; }
    }

    static final class Cat extends Inh1_Animal_Coroutines<StringBuilder> {
        @Override String name() { return "cat"; }
    }

    public static void main(String[] args) {
        Dog d = new Inh1_Dog_Coroutines();
        System.out.println(d.fetch(2).await());
        System.out.println(d.log);
        Puppy p = new Inh1_Puppy_Coroutines();
        System.out.println(p.fetch(1).await());
        Animal<StringBuilder> c = new Cat();
        System.out.println(c.speak(new StringBuilder("fish")).await());
    }
}
