package kaa.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import kaa.fuzz.Outcome.Verdict;
import org.junit.jupiter.api.Test;

/**
 * CI's fuzzing run: the fixed-seed batch ({@link FixedSeed}), with aborts, must pass whole. A failure is minimised and
 * printed as a compile-and-run case, ready to save under {@code fuzzer/findings/}. It prints the coverage table
 * (construct x position of the yield_ x jump out of it) and fails if a cell its switches can reach is never hit.
 */
class FixedSeedBatchTest {
    @Test
    void fixedSeedBatchRunsAlikeAsCoroutinesAndAsPlainJava() {
        StringBuilder log = new StringBuilder();
        Fuzzer fuzzer = new Fuzzer(FixedSeed.options(), FixedSeed.SEED, FixedSeed.BATCH_SIZE, null, 1,
                line -> log.append(line).append('\n'));
        try (Evaluator evaluator = new Evaluator(Duration.ofSeconds(20))) {
            for (int batch = 0; batch < FixedSeed.BATCHES; batch++) {
                fuzzer.runBatch(evaluator, batch);
            }
        }
        System.out.println("fixed-seed batch: " + fuzzer.tally());
        String table = fuzzer.coverageTable();
        System.out.println("coverage (programs per construct x position of the yield_ x jump out of it):\n" + table);
        List<Fuzzer.Failure> failures = fuzzer.failures();
        if (!failures.isEmpty()) {
            Fuzzer.Failure first = failures.stream().filter(f -> f.caseFile() != null).findFirst()
                    .orElse(failures.get(0));
            fail(failures.size() + " of " + fuzzer.programs.get() + " programs failed (" + fuzzer.tally()
                    + "); the first, " + first.outcome().verdict() + " in " + first.program().origin() + ":\n"
                    + (first.caseFile() != null ? first.caseFile() : Renderer.batchSource(first.program()))
                    + "\n---- details\n" + first.outcome().detail() + "\n---- log\n" + log);
        }
        assertEquals(FixedSeed.BATCHES * FixedSeed.BATCH_SIZE, fuzzer.programs.get());
        assertEquals(0, fuzzer.failed());
        assertTrue(fuzzer.count(Verdict.JAVAC_BUG) <= fuzzer.programs.get() / 100,
                "javac failed on too many plain versions: " + fuzzer.tally() + "\n" + log);
        assertTrue(fuzzer.abortRuns.get() > fuzzer.programs.get() / 5,
                "too few programs were also run aborted: " + fuzzer.abortRuns.get());
        // Every cell the batch's switches can reach is hit by some program of it (Coverage.cells).
        List<Coverage.Cell> holes = fuzzer.coverageHoles();
        assertTrue(holes.isEmpty(), holes.size() + " cells of the coverage table are never hit: " + holes + "\n"
                + table);
    }
}
