import java.time.Duration;
import java.util.*;
import java.util.stream.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Scheduler {
    enum Kind { CPU, IO, QUICK }
    record Job(String id, Kind kind, int size) {}
    record Report(String id, long checksum, String thread) {}

    @Threaded(pool = "cpu")
    InProgress<Long> crunch(int n) {
        long s = 0;
        for (int i = 0; i < n * 1000; i++) s += (i * 31L) % 7;
        return done(s);
    }

    @Threaded
    InProgress<String> slowIo(String id) throws InterruptedException {
        Thread.sleep(20);
        return done(id + "@" + (Thread.currentThread().getName().startsWith("Scheduler.slowIo") ? "own-thread" : Thread.currentThread().getName()));
    }

    @Threaded(pool = Threaded.MAIN)
    InProgress<Integer> onMain(int x) {
        return done(x * 2);
    }

    @Coroutine
    InProgress<Report> run(Job job) throws InterruptedException {
        Report rep = switch (job.kind()) {
            case CPU -> new Report(job.id(), yield_(crunch(job.size())), "pool");
            case IO -> {
                String s = yield_(slowIo(job.id()), InterruptedException.class);
                yield new Report(job.id(), s.length(), s.substring(s.indexOf('@') + 1));
            }
            case QUICK -> new Report(job.id(), yield_(onMain(job.size())), Main.isMainThread() ? "main" : "caller");
        };
        return done(rep);
    }

    @Coroutine
    InProgress<List<Report>> runAll(List<Job> jobs, int maxParallel) throws InterruptedException {
        List<Report> finished = new ArrayList<>();
        Deque<Job> queue = new ArrayDeque<>(jobs);
        List<InProgress<Report>> running = new ArrayList<>();
        while (!queue.isEmpty() || !running.isEmpty()) {
            while (running.size() < maxParallel && !queue.isEmpty())
                running.add(run(queue.poll()));
            AnyResult<Report> first = yield_(InProgress.any(running));
            // find the finished ones
            for (Iterator<InProgress<Report>> it = running.iterator(); it.hasNext();) {
                InProgress<Report> ip = it.next();
                if (ip.isFinished()) { finished.add(yield_(ip)); it.remove(); }
            }
            if (first == null) throw new AssertionError();
        }
        finished.sort(Comparator.comparing(Report::id));
        return done(finished);
    }

    public static void main(String[] args) throws Exception {
        ThreadPool.builder("cpu").size(2).register();
        Scheduler s = new Scheduler_Coroutines();
        List<Job> jobs = IntStream.range(0, 9)
            .mapToObj(i -> new Job("j" + i, Kind.values()[i % 3], i + 1))
            .collect(Collectors.toList());
        var all = s.runAll(jobs, 3);
        for (Report r : all.await()) System.out.println(r);
    }
}
