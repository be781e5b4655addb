package kaa.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import kaa.fuzz.GeneratorOptions.Feature;
import kaa.fuzz.Outcome.Verdict;

/**
 * An open-ended fuzzing campaign:
 * {@code mvn -B -q -pl fuzzer exec:java -Dexec.args="--minutes 30 --seed 123"}.
 *
 * <p>Options: {@code --minutes M} (default 10), {@code --programs N} (stop after about N programs), {@code --seed S}
 * (default: the clock), {@code --threads T} (default 2), {@code --batch B} (programs per javac task, default 200),
 * {@code --disable FEATURE} and {@code --enable FEATURE} (repeatable: a {@link Feature} in lower case with dashes),
 * {@code --ci-options} (the fixed-seed test's switches; put it first), {@code --max-statements N} (program size,
 * default 24), {@code --minimise K} (minimise at most K failures, default 10), {@code --findings DIR}
 * (default: the module's {@code findings/}), {@code --generate-only} (print the coverage table of the first
 * {@code --programs} programs, default 1 000, without compiling them). Prints progress, then programs tried, distinct shapes and every kind of
 * failure; exits with status 1 if anything failed.
 */
public final class Campaign {
    private Campaign() {}

    public static void main(String[] args) throws InterruptedException {
        double minutes = 10;
        long programs = Long.MAX_VALUE;
        long seed = System.currentTimeMillis();
        int threads = 2;
        int batch = 200;
        int minimise = 10;
        Path findings = Path.of(System.getProperty("kaa.fuzz.findings", "findings"));
        GeneratorOptions options = GeneratorOptions.defaults();
        String replay = null;
        boolean generateOnly = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--minutes" -> minutes = Double.parseDouble(value);
                case "--programs" -> programs = Long.parseLong(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--minimise" -> minimise = Integer.parseInt(value);
                case "--findings" -> findings = Path.of(value);
                case "--replay" -> replay = value;
                case "--generate-only" -> {
                    generateOnly = true;
                    i--;
                }
                case "--disable" -> options = options.without(Feature.parse(value));
                case "--enable" -> options = options.with(Feature.parse(value));
                case "--max-statements" -> options = new GeneratorOptions(options.disabled(),
                        options.abortablePercent(), Integer.parseInt(value));
                case "--ci-options" -> {
                    options = FixedSeed.options();
                    i--;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --minutes --programs --seed --threads --batch --minimise --findings --disable"
                        + " --enable --max-statements --ci-options --replay --generate-only)");
            }
            i++;
        }
        System.out.printf(Locale.ROOT, "kaa-fuzzer: seed %d, %d threads, batches of %d, %.1f minutes%s, disabled %s,"
                + " findings in %s%n", seed, threads, batch, minutes,
                programs == Long.MAX_VALUE ? "" : ", at most " + programs + " programs", options.disabled(),
                findings.toAbsolutePath());
        Fuzzer fuzzer = new Fuzzer(options, seed, batch, findings, minimise, System.out::println);
        if (replay != null) {
            replay(fuzzer, replay);
            return;
        }
        if (generateOnly) {
            // The coverage table of the programs alone, without compiling them (--programs of them).
            long count = programs == Long.MAX_VALUE ? 1000 : programs;
            for (int b = 0; b * (long) batch < count; b++) {
                for (Program p : fuzzer.generate(b)) {
                    fuzzer.coverage.add(p);
                }
            }
            System.out.print(fuzzer.coverageTable());
            return;
        }
        long start = System.nanoTime();
        long deadline = start + (long) (minutes * 60e9);
        long limit = programs;
        AtomicInteger nextBatch = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Evaluator evaluator = new Evaluator(Duration.ofSeconds(20))) {
                    while (System.nanoTime() < deadline && fuzzer.programs.get() < limit) {
                        fuzzer.runBatch(evaluator, nextBatch.getAndIncrement());
                    }
                }
            }, "kaa-fuzz-worker-" + t);
            worker.start();
            workers.add(worker);
        }
        long lastReport = start;
        while (workers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(500);
            if (System.nanoTime() - lastReport > 30e9) {
                lastReport = System.nanoTime();
                System.out.println(progress(fuzzer, start));
            }
        }
        System.out.println("==== done: " + progress(fuzzer, start));
        System.out.println("coverage (programs per construct x position of the yield_ x jump out of it):");
        System.out.print(fuzzer.coverageTable());
        System.out.println("programs tried:        " + fuzzer.programs.get());
        System.out.println("  of them aborted too: " + fuzzer.abortRuns.get());
        System.out.println("distinct shapes:       " + fuzzer.shapes());
        System.out.println("divergences:           " + fuzzer.count(Verdict.DIVERGENCE));
        System.out.println("abort violations:      " + fuzzer.count(Verdict.ABORT_VIOLATION));
        System.out.println("hangs:                 " + fuzzer.count(Verdict.HANG));
        System.out.println("processor crashes:     " + (fuzzer.count(Verdict.PROCESSOR_ERROR)
                + fuzzer.count(Verdict.BAD_GENERATED_CODE)) + " (" + fuzzer.count(Verdict.PROCESSOR_ERROR)
                + " processor errors, " + fuzzer.count(Verdict.BAD_GENERATED_CODE) + " generated sources javac"
                + " rejects)");
        System.out.println("generator rejects:     " + fuzzer.count(Verdict.GENERATOR_REJECT));
        System.out.println("harness errors:        " + fuzzer.count(Verdict.HARNESS_ERROR));
        System.out.println("javac bugs (not ours): " + fuzzer.count(Verdict.JAVAC_BUG));
        for (Fuzzer.Failure f : fuzzer.failures()) {
            if (f.written() != null) {
                System.out.println("finding: " + f.written());
            }
        }
        System.exit(fuzzer.failed() > 0 ? 1 : 0);
    }

    /** {@code --replay B:I}: program I of batch B, with its source, outcome and generated source; minimised. */
    private static void replay(Fuzzer fuzzer, String which) {
        String[] parts = which.split(":");
        Program p = fuzzer.generate(Integer.parseInt(parts[0])).get(Integer.parseInt(parts[1]));
        System.out.println(Renderer.batchSource(p));
        try (Evaluator evaluator = new Evaluator(Duration.ofSeconds(20))) {
            Outcome o = evaluator.evaluate(List.of(p)).get(0);
            System.out.println("==== " + o.verdict() + "\n" + o.detail());
            if (o.generated() != null) {
                System.out.println("==== generated\n" + o.generated());
            }
            System.out.println("==== plain trace\n" + String.join("\n", o.plain()));
            if (!o.passed()) {
                fuzzer.record(evaluator, p, o);
            }
        }
    }

    private static String progress(Fuzzer fuzzer, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "[%4.0f s] %s; %.1f programs/s (compiling %.0f s, running %.0f s)", seconds,
                fuzzer.tally(), fuzzer.programs.get() / seconds, Evaluator.COMPILE_NANOS.get() / 1e9,
                Evaluator.RUN_NANOS.get() / 1e9);
    }
}
