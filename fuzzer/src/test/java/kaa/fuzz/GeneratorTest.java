package kaa.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A seed reproduces its programs; the minimiser's candidates are smaller programs, smallest first. */
class GeneratorTest {
    private static List<String> sources(long seed, int batch) {
        Fuzzer fuzzer = new Fuzzer(GeneratorOptions.defaults(), seed, 20, null, 0, line -> { });
        return fuzzer.generate(batch).stream().map(Renderer::batchSource).toList();
    }

    @Test
    void theSeedAndBatchReproduceEveryProgram() {
        assertEquals(sources(7, 3), sources(7, 3));
        assertNotEquals(sources(7, 3), sources(7, 4));
        assertNotEquals(sources(7, 3), sources(8, 3));
    }

    @Test
    void minimiserCandidatesAreSmallerProgramsSmallestFirst() {
        Program p = new Fuzzer(GeneratorOptions.defaults(), 1, 1, null, 0, line -> { }).generate(0).get(0);
        List<Program> candidates = Minimiser.candidates(p);
        assertTrue(!candidates.isEmpty());
        int previous = 0;
        for (Program c : candidates) {
            assertTrue(c.body().size() <= p.body().size(), "a candidate is never larger");
            assertTrue(c.body().size() >= previous, "smallest first");
            previous = c.body().size();
        }
    }
}
