// An assert in a coroutine body follows the assertion status of the user's class, as it would in the class itself
// (-ea:Owner reaches it), not that of the generated class that holds the machine: main enables assertions for this
// class only and disables them for the machines' class, before either asserts (usertest finding 13).
// OUTPUT:
// caught: too small: 1
// caught: null
// 3
import kaa.*;
import static kaa.Async.*;

public abstract class AssertFollowsOwnerStatus {
    @Coroutine
    static InProgress<Integer> check(int n) {
        yield_();
        assert n > 2 : "too small: " + n;
        int twice = n * 2;
        yield_();
        return done(twice / 2);
    }

    @Coroutine
    static InProgress<Integer> nonZero(int n) {
        assert n != 0;
        yield_();
        return done(n);
    }

    public static void main(String[] args) {
        ClassLoader loader = AssertFollowsOwnerStatus.class.getClassLoader();
        loader.setClassAssertionStatus("AssertFollowsOwnerStatus", true);
        loader.setClassAssertionStatus("AssertFollowsOwnerStatus_CoroutineMachines", false);
        try {
            AssertFollowsOwnerStatus_Coroutines.check(1).await();
        } catch (AssertionError e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            AssertFollowsOwnerStatus_Coroutines.nonZero(0).await();
        } catch (AssertionError e) {
            System.out.println("caught: " + e.getMessage());
        }
        System.out.println(AssertFollowsOwnerStatus_Coroutines.check(3).await());
    }
}
