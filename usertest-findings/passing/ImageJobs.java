import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| loop thread ok: true
//| sizes=[5, 10, 15]
//| total=30
//| failed: cannot read missing.png
//| main-pool result: 49 on loop thread: true
//| pool thread named: true
public abstract class ImageJobs {
    volatile String workerName;

    @Threaded
    InProgress<Integer> measure(String file) throws IOException {
        if (file.startsWith("missing")) throw new IOException("cannot read " + file);
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return done(file.length() * 5 * (file.charAt(0) - 'a' + 1));
    }

    @Threaded(pool = "images", priority = 2)
    InProgress<String> whoAmI() {
        workerName = Thread.currentThread().getName();
        return done(workerName);
    }

    @Threaded(pool = Threaded.MAIN)
    InProgress<Integer> onLoop(int x) {
        return done(Main.isMainThread() ? x * x : -1);
    }

    @Coroutine
    InProgress<Integer> measureAll(List<String> files) throws IOException {
        var sizes = new ArrayList<Integer>();
        int total = 0;
        for (String f : files) {
            int s = yield_(measure(f), IOException.class);
            sizes.add(s);
            total += s;
        }
        System.out.println("loop thread ok: " + Main.isMainThread());
        System.out.println("sizes=" + sizes);
        return done(total);
    }

    @Coroutine
    InProgress<String> tryMissing() {
        try {
            return done("size " + yield_(measure("missing.png"), IOException.class));
        } catch (IOException e) {
            return done("failed: " + e.getMessage());
        }
    }

    @Coroutine
    InProgress<String> mixed() {
        yield_();                    // so onLoop runs while the loop is driven (usertest finding 02)
        int sq = yield_(onLoop(7));
        String name = yield_(whoAmI());
        return done("main-pool result: " + sq + " on loop thread: " + Main.isMainThread() + "|" + name);
    }

    public static void main(String[] args) throws IOException {
        ThreadPool.builder("images").size(2).register();
        ImageJobs jobs = new ImageJobs_Coroutines();
        System.out.println("total=" + jobs.measureAll(List.of("a", "b", "c")).await());
        System.out.println(jobs.tryMissing().await());
        String[] parts = jobs.mixed().await().split("\\|");
        System.out.println(parts[0]);
        System.out.println("pool thread named: " + !parts[1].equals(Thread.currentThread().getName()));
    }
}
