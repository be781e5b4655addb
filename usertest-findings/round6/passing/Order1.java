import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Order1 {
    int total = 1;
    String s = "old";
    int[] arr = {10, 20};
    int idx = 0;
    StringBuilder sb = new StringBuilder("sbOld");
    List<String> log = new ArrayList<>();
    static int sfield = 1;
    InProgress<Integer> gate;

    InProgress<Integer> g() { return gate = new InProgress<>(); }

    record Pair(Object a, Object b) {}

    @Coroutine
    InProgress<Void> run() {
        total += yield_(g());
        log.add("1 total=" + total);
        total = total * yield_(g());
        log.add("2 total=" + total);
        s += yield_(g());
        log.add("3 s=" + s);
        arr[idx] += yield_(g());
        log.add("4 arr=" + Arrays.toString(arr) + " idx=" + idx);
        StringBuilder before = sb;
        sb.append(yield_(g()));
        log.add("5 before=" + before + " sb=" + sb);
        log.add("6 " + new Pair(s, yield_(g())));
        log.add("7 " + (total == yield_(g())));
        sfield -= yield_(g());
        log.add("8 sfield=" + sfield);
        arr[idx++] = yield_(g());
        log.add("9 arr=" + Arrays.toString(arr) + " idx=" + idx);
        log.add("10 " + (s.length() > 0 ? s + yield_(g()) : "none"));
        log.add("11 " + Math.max(total, yield_(g())));
        return done();
    }

    public static void main(String[] args) {
        Order1 o = new Order1_Coroutines();
        InProgress<Void> r = o.run();
        int step = 0;
        while (!r.isFinished()) {
            step++;
            o.total = 1000 + step;
            o.s = "new" + step;
            o.arr = new int[] {7, 8};
            o.idx = 1;
            o.sb = new StringBuilder("sbNew");
            sfield = 500;
            o.gate.finish(step);
        }
        o.log.forEach(System.out::println);
    }
}
