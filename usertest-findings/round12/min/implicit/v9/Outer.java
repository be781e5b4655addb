import kaa.*;
import static kaa.Async.*;
abstract class Outer {
    @Coroutine InProgress<String> own() { yield_(); return done("own"); }
    abstract static class Fake {
        @Coroutine InProgress<String> fetch() { yield_(); return done("fake"); }
    }
    public static void main(String[] a) { System.out.println(new Outer_Fake_Coroutines().fetch().await() + " " + new Outer_Coroutines().own().await()); }
}
