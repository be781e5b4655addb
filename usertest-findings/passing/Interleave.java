import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| total=5 (the bump to 100 is lost, as in Java)
//| snapshot=before:after
//| slots=[a, null, null] count=1
//| args: 0|x
//| receiver: [first] then [second]
public abstract class Interleave {
    int total;
    String state = "before";
    String[] slots = new String[3];
    int count;
    List<String> current = new ArrayList<>();
    final List<List<String>> history = new ArrayList<>();

    // finishes v only after the loop ran `meddle` in between
    InProgress<String> later(String v, Runnable meddle) {
        var ip = new InProgress<String>();
        Main.post(() -> {
            meddle.run();
            ip.finish(v);
        });
        return ip;
    }

    InProgress<Integer> laterInt(int v, Runnable meddle) {
        var ip = new InProgress<Integer>();
        Main.post(() -> {
            meddle.run();
            ip.finish(v);
        });
        return ip;
    }

    static String join(int a, String b) {
        return a + "|" + b;
    }

    @Coroutine
    InProgress<Void> run() {
        total += yield_(laterInt(5, () -> total = 100));
        System.out.println("total=" + total + " (the bump to 100 is lost, as in Java)");
        String snap = state + ":" + yield_(later("after", () -> state = "changed"));
        System.out.println("snapshot=" + snap);
        slots[count] = yield_(later("a", () -> count = 2));
        count = 1;
        System.out.println("slots=" + Arrays.toString(slots) + " count=" + count);
        count = 0;
        String r = join(count, yield_(later("x", () -> count = 9)));
        System.out.println("args: " + r);
        current = new ArrayList<>(List.of());
        history.add(current);
        current.add(yield_(later("first", () -> {
            current = new ArrayList<>();
            history.add(current);
        })));
        current.add("second");
        System.out.println("receiver: " + history.get(0) + " then " + history.get(1));
        return done();
    }

    public static void main(String[] args) {
        Interleave i = new Interleave_Coroutines();
        i.run().await();
    }
}
