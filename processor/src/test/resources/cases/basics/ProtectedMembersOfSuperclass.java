// Protected members inherited from classes of other packages (java.util, java.util.concurrent), used in coroutine
// bodies: the machines are no subclass of those classes, so the generated subclass lends them accessors. A protected
// field read and assigned (plainly, and through 'this', with the value awaited), a protected method called (with an
// awaited argument), a generic protected method of a parameterized superclass, a static protected method called
// unqualified and through its class, inside a lambda too. Also: the generated subclass of an AbstractList that
// implements get and size is concrete (javac lists List.isEmpty() among its abstract members although
// AbstractCollection implements it, and X_Coroutines was declared abstract: "cannot be instantiated").
// OUTPUT:
// list: 0 [a, d] 101 true
// future: true hello hello
// fork-join: null null true
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class ProtectedMembersOfSuperclass extends AbstractList<String> {
    final List<String> items = new ArrayList<>();

    @Override
    public String get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public void add(int index, String item) {
        modCount++;
        items.add(index, item);
    }

    @Override
    public String remove(int index) {
        modCount++;
        return items.remove(index);
    }

    @Coroutine
    InProgress<String> churn() {
        int before = modCount;
        add("a");
        add("b");
        add("c");
        add("d");
        yield_();
        removeRange(1, yield_(later(3)));
        modCount = yield_(later(100));
        this.modCount = this.modCount + 1;
        Supplier<Integer> count = () -> modCount;
        boolean changed = yield_(later(count.get())) != before;
        return done(before + " " + items + " " + modCount + " " + changed);
    }

    abstract static class Result extends FutureTask<String> {
        Result() {
            super(() -> "never run");
        }

        @Coroutine
        InProgress<String> complete(String value) {
            String awaited = yield_(later(value));
            set(awaited);
            return Async.done(isDone() + " " + awaited); // FutureTask.done() hides the import
        }
    }

    abstract static class Task extends ForkJoinTask<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getRawResult() {
            return null;
        }

        @Override
        protected void setRawResult(String value) {
        }

        @Override
        protected boolean exec() {
            return true;
        }

        @Coroutine
        InProgress<String> poll() {
            yield_();
            ForkJoinTask<?> unqualified = pollTask();
            ForkJoinTask<?> qualified = yield_(later(ForkJoinTask.pollTask()));
            return done(unqualified + " " + qualified + " " + (peekNextLocalTask() == null));
        }
    }

    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("list: " + new ProtectedMembersOfSuperclass_Coroutines().churn().await());
        Result result = new ProtectedMembersOfSuperclass_Result_Coroutines();
        System.out.println("future: " + result.complete("hello").await() + " " + result.get());
        System.out.println("fork-join: " + new ProtectedMembersOfSuperclass_Task_Coroutines().poll().await());
    }
}
