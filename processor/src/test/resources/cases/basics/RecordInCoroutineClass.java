// A record nested in a class with coroutines, without a constructor of its own: javac adds the canonical
// constructor to the tree when it enters the class again in a later round, and the check for explicit canonical
// constructors took that one for the user's ([kaa.record-constructor], a false positive found writing the Chat
// example).
// OUTPUT:
// 2 joined
// waiters: 1
import kaa.*;
import static kaa.Async.*;

public abstract class RecordInCoroutineClass {
    record Waiter(int count, String joined) {}

    private record Queue(int waiters) {}

    static int waiters() {
        return new Queue(1).waiters();
    }

    @Coroutine
    static InProgress<String> join(int count) {
        Waiter waiter = new Waiter(count, "joined");
        yield_();
        return done(waiter.count() + " " + waiter.joined());
    }

    public static void main(String[] args) {
        System.out.println(RecordInCoroutineClass_Coroutines.join(2).await());
        System.out.println("waiters: " + waiters());
    }
}
