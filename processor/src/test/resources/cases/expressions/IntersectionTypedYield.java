// A yield_ whose value's type no source can write, an intersection (the lub of two records that implement Named is
// Record & Named): assigned to the second bound, a member of it called on the result, passed where it is expected,
// and chosen by a conditional between two awaited values (usertest round 10: read as Record, it was no Named).
// OUTPUT:
// rex ann <rex> cached fetched
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class IntersectionTypedYield {
    interface Named {
        String name();
    }

    record Person(String name) implements Named {}

    record Pet(String name) implements Named {}

    static String show(Named n) {
        return "<" + n.name() + ">";
    }

    @Coroutine
    InProgress<String> f(boolean cached) {
        var both = List.of(new Person("ann"), new Pet("rex"));
        Named first = yield_(InProgress.finished(List.of(new Person("ann"), new Pet("rex")).get(1)));
        String a = yield_(InProgress.finished(both.get(0))).name();
        String b = show(yield_(InProgress.finished(both.get(1))));
        Named c = yield_(cached ? InProgress.finished(new Person("cached")) : InProgress.finished(new Pet("fetched")));
        Named d = yield_(!cached ? InProgress.finished(new Person("cached")) : InProgress.finished(new Pet("fetched")));
        return done(first.name() + " " + a + " " + b + " " + c.name() + " " + d.name());
    }

    public static void main(String[] args) {
        System.out.println(new IntersectionTypedYield_Coroutines().f(true).await());
    }
}
