package kaa.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import kaa.fuzz.Outcome.Verdict;

/**
 * Runs batches of generated programs and keeps the tally; minimises failures and writes them as findings. Shared by
 * the campaign's threads (each with its own {@link Evaluator}) and by the fixed-seed test.
 */
final class Fuzzer {
    /** A failing program, as found and as minimised. */
    record Failure(Program program, Outcome outcome, Minimiser.Result minimised, String caseFile, Path written) {}

    private final GeneratorOptions options;
    private final long seed;
    private final int batchSize;
    private final Consumer<String> log;
    private final Path findingsDir;
    private final int maxMinimised;

    final AtomicLong programs = new AtomicLong();
    final AtomicLong abortRuns = new AtomicLong();
    /** Construct x position of the yield_ x jump out of it, over the programs generated so far. */
    final Coverage coverage = new Coverage();
    private final Set<Long> shapes = ConcurrentHashMap.newKeySet();
    private final Map<Verdict, AtomicLong> counts = new EnumMap<>(Verdict.class);
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> signatures = new HashMap<>();
    /** The cells these options can reach, in table order: program {@code n} of a run is drawn to hit cell n mod size. */
    private final List<Coverage.Cell> focusCells;
    /** The cells of Java 21 constructs: half the programs of a Java 21 batch focus on one of them. */
    private final List<Coverage.Cell> focus21Cells;
    /** How many programs the generator draws at most for one focus. */
    static final int FOCUS_ATTEMPTS = 100;

    /**
     * @param findingsDir where minimised failures are written, or null to keep them in memory
     * @param maxMinimised how many failures to minimise in all (each signature once); the rest are only counted
     */
    Fuzzer(GeneratorOptions options, long seed, int batchSize, Path findingsDir, int maxMinimised,
            Consumer<String> log) {
        this.options = options;
        this.seed = seed;
        this.batchSize = batchSize;
        this.findingsDir = findingsDir;
        this.maxMinimised = maxMinimised;
        this.log = log;
        List<Coverage.Cell> cells = Coverage.ordered(Coverage.cells(options));
        this.focusCells = cells.stream().filter(c -> !c.construct().java21()).toList();
        this.focus21Cells = cells.stream().filter(c -> c.construct().java21()).toList();
        for (Verdict v : Verdict.values()) {
            counts.put(v, new AtomicLong());
        }
    }

    /** The programs of batch {@code batch}: the same for the same seed, options and batch size. */
    List<Program> generate(int batch) {
        Generator generator = new Generator(options, seed * 0x9E3779B97F4A7C15L + batch);
        generator.release = options.java21Batch(batch) ? 21 : 17;
        List<Program> batchPrograms = new ArrayList<>();
        for (int i = 0; i < batchSize; i++) {
            String name = "P" + batch + "_" + i;
            String origin = "seed " + seed + ", batch " + batch + " of " + batchSize + ", program " + i;
            // Each program has a focus, a cell of the coverage table taken in turn: the generator draws up to
            // FOCUS_ATTEMPTS programs and keeps the first that hits it (else the last), so rare combinations of
            // construct, suspension and jump are met in a small batch too. Deterministic: the draws are the seed's.
            long n = (long) batch * batchSize + i;
            boolean java21 = generator.release >= 21 && !focus21Cells.isEmpty() && i % 2 == 0;
            List<Coverage.Cell> from = java21 ? focus21Cells : focusCells;
            Coverage.Cell focus = from.get(Math.floorMod(java21 ? n / 2 : n, from.size()));
            Program p = null;
            generator.focus = focus;
            for (int attempt = 0; attempt < FOCUS_ATTEMPTS; attempt++) {
                p = generator.generate(name, origin);
                if (Coverage.hits(p).contains(focus)) {
                    break;
                }
            }
            batchPrograms.add(p);
        }
        return batchPrograms;
    }

    /** Generates, compiles, runs and judges one batch; minimises and records its failures. */
    void runBatch(Evaluator evaluator, int batch) {
        List<Program> batchPrograms = generate(batch);
        List<Outcome> outcomes = evaluator.evaluate(batchPrograms);
        for (int i = 0; i < batchPrograms.size(); i++) {
            Program p = batchPrograms.get(i);
            Outcome o = outcomes.get(i);
            programs.incrementAndGet();
            shapes.add(Shapes.shape(p));
            coverage.add(p);
            counts.get(o.verdict()).incrementAndGet();
            if (o.abortAfter() >= 0) {
                abortRuns.incrementAndGet();
            }
            if (!o.passed()) {
                record(evaluator, p, o);
            }
        }
    }

    void record(Evaluator evaluator, Program p, Outcome o) {
        String signature = o.verdict() + " " + (o.verdict() == Verdict.BAD_GENERATED_CODE
                || o.verdict() == Verdict.PROCESSOR_ERROR || o.verdict() == Verdict.GENERATOR_REJECT
                ? Minimiser.signature(o.detail()) : "");
        boolean first;
        boolean minimise;
        synchronized (signatures) {
            first = signatures.merge(signature, 1, Integer::sum) == 1;
            minimise = first && minimisedCount() < maxMinimised;
        }
        log.accept(String.format(Locale.ROOT, "%s in %s (%s): %s", o.verdict(), p.name(), p.origin(),
                o.detail().lines().findFirst().orElse("")));
        if (o.verdict() == Verdict.JAVAC_BUG) {
            // Counted, not a failure of the lowering; what javac threw, to tell a known javac bug from a new one.
            o.detail().lines().skip(1).limit(2).forEach(line -> log.accept("    " + line));
            return;
        }
        if (o.verdict() == Verdict.GENERATOR_REJECT && first) {
            log.accept(Renderer.plainOnlySource(p) + o.detail());
        }
        if (!minimise || o.verdict() == Verdict.HARNESS_ERROR || o.verdict() == Verdict.GENERATOR_REJECT) {
            failures.add(new Failure(p, o, null, null, null));
            return;
        }
        log.accept("minimising " + p.name() + " (" + p.body().size() + " nodes)");
        Minimiser.Result minimised = new Minimiser(evaluator, log).minimise(p, o);
        String className = o.verdict().name().charAt(0) + o.verdict().name().substring(1)
                .toLowerCase(Locale.ROOT).replace("_", "") + "S" + Long.toUnsignedString(seed) + p.name();
        List<String> plain = minimised.outcome().plain().isEmpty()
                ? evaluator.plainTrace(minimised.program()) : minimised.outcome().plain();
        String text = Findings.caseFile(className, minimised, plain, List.of());
        Path written = findingsDir == null ? null : Findings.write(findingsDir, className, text);
        log.accept("minimised " + p.name() + " from " + minimised.sizeBefore() + " to " + minimised.sizeAfter()
                + " nodes" + (written == null ? "" : ", written to " + written) + ":\n" + text
                + (minimised.outcome().generated() == null ? "" : "---- generated:\n"
                + minimised.outcome().generated()) + "---- " + minimised.outcome().detail());
        failures.add(new Failure(p, o, minimised, text, written));
    }

    private int minimisedCount() {
        synchronized (failures) {
            return (int) failures.stream().filter(f -> f.minimised() != null).count();
        }
    }

    /** The coverage table over the cells these options can reach. */
    String coverageTable() {
        return coverage.table(Coverage.cells(options));
    }

    /** The cells these options can reach that no program hit. */
    List<Coverage.Cell> coverageHoles() {
        return coverage.holes(Coverage.cells(options));
    }

    long shapes() {
        return shapes.size();
    }

    long count(Verdict verdict) {
        return counts.get(verdict).get();
    }

    /** Programs that failed: anything but a pass, or javac's own bug on the plain version. */
    long failed() {
        return programs.get() - count(Verdict.PASS) - count(Verdict.JAVAC_BUG);
    }

    List<Failure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** One line: programs, shapes, and every verdict that occurred. */
    String tally() {
        StringBuilder s = new StringBuilder();
        s.append(programs.get()).append(" programs (").append(abortRuns.get()).append(" also aborted), ")
                .append(shapes()).append(" distinct shapes");
        for (Verdict v : Verdict.values()) {
            if (v != Verdict.PASS && count(v) > 0) {
                s.append(", ").append(count(v)).append(' ').append(v.name().toLowerCase(Locale.ROOT));
            }
        }
        return s.toString();
    }
}
