import kaa.*;
import static kaa.Async.*;
class Outer {
    abstract static class Fake extends Svc_Coroutines {
        @Coroutine InProgress<String> other() { yield_(); return done("other"); }
    }
    public static void main(String[] a) { System.out.println(new Outer_Fake_Coroutines().other().await()); }
}
