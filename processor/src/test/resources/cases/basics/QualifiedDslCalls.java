// A class that inherits a method named done (FutureTask's) calls the DSL through its class name: Async.done and
// Async.yield_ are kaa's, whatever the class's members are called.
// OUTPUT:
// go 2
// task
import java.util.concurrent.FutureTask;
import kaa.*;

public abstract class QualifiedDslCalls extends FutureTask<String> {
    QualifiedDslCalls() {
        super(() -> "task");
    }

    @Coroutine
    InProgress<String> go() {
        Async.yield_();
        int two = Async.yield_(InProgress.finished(2));
        return Async.done("go " + two);
    }

    public static void main(String[] args) throws Exception {
        QualifiedDslCalls task = new QualifiedDslCalls_Coroutines();
        System.out.println(task.go().await());
        task.run();
        System.out.println(task.get());
    }
}
