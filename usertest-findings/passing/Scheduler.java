import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

//| tasks: [t0:0, t1:10, t2:20]
//| late runners: r0 r1 r2
//| mixed: 1 s true
//| lub list: 2 [1, a]
//| drained: {b=2}
//| finally count=3 skipped=[1]
//| anon: 3 counted
public abstract class Scheduler {
    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    static int sizeOf(List<? extends Serializable> l) {
        return l.size();
    }

    @Coroutine
    InProgress<Void> run(boolean flag) {
        List<Supplier<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int base = yield_(soon(i * 10));
            String label = "t" + i;
            tasks.add(() -> label + ":" + base);
        }
        var out = new ArrayList<String>();
        for (var t : tasks) out.add(t.get());
        System.out.println("tasks: " + out);

        List<Runnable> runners = new ArrayList<>();
        StringBuilder sb = new StringBuilder("late runners:");
        for (int i = 0; i < 3; i++) {
            final int n = i;
            runners.add(() -> sb.append(" r").append(n));
            yield_();
        }
        runners.forEach(Runnable::run);
        System.out.println(sb);

        var a = flag ? yield_(soon(1)) : yield_(soon("s"));
        var b = !flag ? yield_(soon(1)) : yield_(soon("s"));
        var c = yield_(soon(flag)) ? Boolean.TRUE : "no";
        System.out.println("mixed: " + a + " " + b + " " + c);

        var lub = List.of(1, "a");
        yield_();
        System.out.println("lub list: " + sizeOf(lub) + " " + lub);

        Map<String, Integer> m = new LinkedHashMap<>(Map.of("a", 1));
        m.put("b", 2);
        m.put("c", 3);
        for (Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Integer> e = it.next();
            if (yield_(soon(e.getValue() % 2 == 1))) it.remove();
        }
        System.out.println("drained: " + m);

        int count = 0;
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 1) {
                    skipped.add(i);
                    continue;
                }
                yield_();
            } finally {
                count += yield_(soon(1));
            }
        }
        System.out.println("finally count=" + count + " skipped=" + skipped);

        int[] counter = {0};
        Runnable anon = new Runnable() {
            @Override
            public void run() {
                counter[0]++;
            }
        };
        for (int i = 0; i < 3; i++) {
            yield_();
            anon.run();
        }
        System.out.println("anon: " + counter[0] + " counted");
        return done();
    }

    public static void main(String[] args) {
        Scheduler s = new Scheduler_Coroutines();
        s.run(true).await();
    }
}
