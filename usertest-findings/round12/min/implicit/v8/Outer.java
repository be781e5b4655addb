import kaa.*;
import static kaa.Async.*;
public class Outer {
    abstract static class Fake {
        @Coroutine InProgress<String> fetch() { yield_(); return done("fake"); }
    }
    public static void main(String[] a) { System.out.println(new Outer_Fake_Coroutines().fetch().await()); }
}
