import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Names1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return Async.done(v);
    }

    int total = 100;
    String self = "fieldSelf";
    int label = 7;
    static int resume(int x) { return x + 1000; }
    static int await(int x) { return x + 2000; }
    int awaitedValue() { return 3000; }
    String state() { return "state"; }
    static String done(String s, int n) { return s + n; }

    @SuppressWarnings("fallthrough")
    @Coroutine
    InProgress<String> run(String self, int label, int old) {
        int operand = yield_(later(1));
        int choice = 2;
        int total = 5;
        this.total += yield_(later(10)) + total;
        StringBuilder sb = new StringBuilder();
        dispatch:
        for (int i = 0; i < 3; i++) {
            switch (i) {
                case 1:
                    if (yield_(later(i)) == 1) break dispatch;
                default:
                    sb.append(i);
            }
        }
        int old_2 = old + yield_(later(old));
        String s = self + this.self + label + this.label + resume(1) + await(2) + awaitedValue() + state() + done("d", 1);
        Names1 me = this;
        yield_();
        boolean same = me == this;
        return Async.done(s + " " + operand + choice + total + this.total + sb + old_2 + same + Objects.hash(this) / Objects.hash(me));
    }

    public static void main(String[] args) {
        System.out.println(new Names1_Coroutines().run("pSelf", 42, 50).await());
    }
}
