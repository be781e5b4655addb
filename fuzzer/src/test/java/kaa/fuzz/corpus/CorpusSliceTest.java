package kaa.fuzz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kaa.fuzz.corpus.Stats.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI slice of the real-code corpus: the first 400 methods of commons-lang3's {@code Boolean*}, {@code Char*},
 * {@code Number*} and {@code String*} classes (a fixed jar, a fixed seed, files in name order); over 200 of them
 * compile as self-contained coroutines, and the pure static functions of primitives and strings among them are also
 * run both ways. Nothing may crash, throw out of the processor,
 * diverge or produce generated code javac rejects — except the open findings listed here, each a file in
 * {@code fuzzer/corpus-findings/}: a new failure fails the test, and so does a listed one that no longer happens (then
 * it was fixed: take it off the list).
 */
class CorpusSliceTest {
    /** Open processor bugs that this slice meets (file names in corpus-findings/, without .java). */
    static final Set<String> KNOWN = Set.of(); // the three of 2026-12-03 (StringUtils) are fixed

    static CorpusRun.Options slice(Path findings, PrintStream log) {
        CorpusRun.Options o = new CorpusRun.Options();
        o.codeBases.add(CorpusRun.known("commons-lang3"));
        o.include = Pattern.compile("^org/apache/commons/lang3/(Boolean|Char|Number|String)\\w*\\.java$");
        o.methods = 400;
        o.seed = 17;
        o.batch = 150;
        o.findings = findings;
        o.log = log;
        return o;
    }

    @Test
    void sliceHasOnlyTheKnownFindings(@TempDir Path findings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorpusRun run = new CorpusRun(slice(findings, new PrintStream(out, true, StandardCharsets.UTF_8)));
        run.run();
        Stats stats = run.stats;
        String report = stats.report();
        System.out.println(report);
        assertTrue(stats.tried() >= 200, "the slice should try over 200 methods:\n" + report);
        assertTrue(stats.get("commons-lang3", Outcome.RAN_EQUAL) >= 50,
                "the slice should run over 50 methods both ways:\n" + report);
        Set<String> found = new TreeSet<>();
        for (String f : stats.findings) {
            found.add(f.substring(0, f.indexOf(':')));
        }
        List<String> problems = new ArrayList<>();
        for (String name : found) {
            if (!KNOWN.contains(name)) {
                problems.add("new finding " + name + ":\n" + Files.readString(findings.resolve(name + ".java")));
            }
        }
        for (String name : KNOWN) {
            if (!found.contains(name)) {
                problems.add("known finding " + name + " did not happen: fixed? take it off CorpusSliceTest.KNOWN"
                        + " and move its file out of corpus-findings/");
            }
            assertTrue(Files.isRegularFile(Path.of("corpus-findings", name + ".java")), name + " has no file");
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems) + "\n\n" + report);
        }
        assertEquals(0, stats.total(Outcome.PLAIN_JAVAC_CRASH), report);
    }
}
