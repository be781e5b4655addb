import kaa.*;
import static kaa.Async.*;
class Outer {
    abstract static class Base { abstract InProgress<String> fetch(); }
    abstract static class Fake extends Base {
        @Override @Coroutine InProgress<String> fetch() { yield_(); return done("fake"); }
    }
    public static void main(String[] a) { System.out.println(new Outer_Fake_Coroutines().fetch().await()); }
}
