// A plain subclass extends the generated class, as [kaa.unprocessed-subclass] says, also when the user's class
// leaves nothing abstract (usertest finding 16: X_Coroutines was final). A class with coroutines that extends an
// abstract generated class of the same file gets an abstract generated class when it still leaves an inherited method
// to implement (finding 18: it was written before its superclass existed, saw no inherited methods, and came out
// final), and a subclass nested in the same file overrides what the chain leaves abstract. A subclass of a generic
// class with coroutines extends its generated class with type arguments, and its own coroutines await the inherited ones.
// OUTPUT:
// special
// a red square 9
// a blue square 4
// abab
import kaa.*;
import static kaa.Async.*;

public abstract class SubclassesOfGeneratedClasses {
    abstract static class Job {
        @Coroutine
        public InProgress<String> run() {
            yield_();
            return done(describe());
        }

        protected String describe() {
            return "job";
        }
    }

    static class Special extends SubclassesOfGeneratedClasses_Job_Coroutines {
        @Override
        protected String describe() {
            return "special";
        }
    }

    abstract static class Shape {
        abstract String name();

        @Coroutine
        public InProgress<String> describe() {
            yield_();
            return done("a " + name());
        }
    }

    abstract static class Square extends SubclassesOfGeneratedClasses_Shape_Coroutines {
        @Coroutine
        public InProgress<Integer> area(int side) {
            yield_();
            return done(side * side);
        }
    }

    static class Red extends SubclassesOfGeneratedClasses_Square_Coroutines {
        @Override
        String name() {
            return "red square";
        }
    }

    abstract static class Echo<T> {
        @Coroutine
        InProgress<T> echo(T value) {
            yield_();
            return done(value);
        }
    }

    abstract static class Twice extends SubclassesOfGeneratedClasses_Echo_Coroutines<String> {
        @Coroutine
        InProgress<String> twice(String s) {
            return done(yield_(echo(s)) + s);
        }
    }

    public static void main(String[] args) {
        System.out.println(new Special().run().await());
        Red red = new Red();
        System.out.println(red.describe().await() + " " + red.area(3).await());
        Square blue = new SubclassesOfGeneratedClasses_Square_Coroutines() {
            @Override
            String name() {
                return "blue square";
            }
        };
        System.out.println(blue.describe().await() + " " + blue.area(2).await());
        System.out.println(new SubclassesOfGeneratedClasses_Twice_Coroutines().twice("ab").await());
    }
}
