// An assert in a coroutine of a nested class follows the assertion status of the top-level class that contains it
// (JLS 14.10), as javac compiles it in the class itself: main enables assertions for the top-level class only, and
// disables them for the nested class and the machines' class (usertest round 10: the machine asked the nested class).
// OUTPUT:
// plain: x must be positive
// coroutine: x must be positive
import kaa.*;
import static kaa.Async.*;

public class AssertInNestedClassFollowsTopLevelStatus {
    abstract static class In {
        @Coroutine
        InProgress<String> check(int x) {
            yield_();
            assert x > 0 : "x must be positive";
            return done("ok " + x);
        }

        String plainCheck(int x) {
            assert x > 0 : "x must be positive";
            return "ok " + x;
        }
    }

    public static void main(String[] args) {
        ClassLoader loader = AssertInNestedClassFollowsTopLevelStatus.class.getClassLoader();
        loader.setClassAssertionStatus("AssertInNestedClassFollowsTopLevelStatus", true);
        loader.setClassAssertionStatus("AssertInNestedClassFollowsTopLevelStatus$In", false);
        loader.setClassAssertionStatus("AssertInNestedClassFollowsTopLevelStatus_In_CoroutineMachines", false);
        In in = new AssertInNestedClassFollowsTopLevelStatus_In_Coroutines();
        try {
            System.out.println("plain: " + in.plainCheck(-1));
        } catch (AssertionError e) {
            System.out.println("plain: " + e.getMessage());
        }
        try {
            System.out.println("coroutine: " + in.check(-1).await());
        } catch (AssertionError e) {
            System.out.println("coroutine: " + e.getMessage());
        }
    }
}
