package kaa.fuzz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import kaa.fuzz.corpus.Stats.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus's machinery on hand-made input: the rewriting, each outcome, and that the oracle can fail. */
class CorpusPipelineTest {
    private static final CorpusRun.CodeBase TEST = new CorpusRun.CodeBase("test", Path.of("test.jar"), List.of(),
            false);

    private static final String UNIT = String.join("\n",
            "package p;",
            "import java.util.List;",
            "import java.util.function.IntSupplier;",
            "public class Sample {",
            "    private int field;",
            "    private static int twice(int x) { return 2 * x; }",
            "    public static int sum(int n) {",
            "        int s = 0;",
            "        for (int i = 0; i < n; i++) if (i % 2 == 0) s += i; else s -= 1;",
            "        IntSupplier later = () -> { return 3; };",
            "        int t = twice(s);",
            "        return t + later.getAsInt();",
            "    }",
            "    public static String label(String s, int k) {",
            "        if (s == null) return \"none\";",
            "        else if (s.isEmpty()) return \"empty\";",
            "        switch (k) { case 0: return s; default: break; }",
            "        return s.substring(0, Math.min(k, s.length()));",
            "    }",
            "    public static void check(int x) {",
            "        if (x < 0) throw new IllegalArgumentException(\"negative\");",
            "        synchronized (Sample.class) { x++; }",
            "    }",
            "    int read() { return field + List.of(1, 2).size(); }",
            "    private enum Hidden { A }",
            "    static Object hidden() { return Hidden.A; }",
            "}");

    private static CorpusRun run(Path findings, ByteArrayOutputStream log) {
        CorpusRun.Options o = new CorpusRun.Options();
        o.findings = findings;
        o.log = new PrintStream(log, true, StandardCharsets.UTF_8);
        return new CorpusRun(o);
    }

    @Test
    void rewritesRealMethodsIntoCoroutinesThatCompileAndRunTheSame(@TempDir Path findings, @TempDir Path library)
            throws IOException {
        // the "library": Sample compiled, as a code base's jar would be
        Files.createDirectories(library.resolve("src/p"));
        Files.writeString(library.resolve("src/p/Sample.java"), UNIT);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                library.resolve("classes").toString(), library.resolve("src/p/Sample.java").toString()));
        Extractor.Unit unit = new Extractor(17).extract("test", "p/Sample.java", UNIT, false, false);
        assertTrue(unit.parsed());
        List<Candidate> candidates = unit.candidates();
        assertEquals(6, candidates.size(), "every method with a body, twice() and the constructor-less class");
        Candidate sum = candidates.stream().filter(c -> c.key().contains("Sample.sum#")).findFirst().orElseThrow();
        assertTrue(sum.source().contains("return done((int) ("), sum.source());
        assertTrue(sum.source().contains("() -> { return 3; }"), "a lambda's return is its own:\n" + sum.source());
        assertTrue(sum.source().contains("static int twice(int x)"), "mentioned helpers come along:\n" + sum.source());
        assertTrue(sum.differential(), "a static pure-looking method of ints is run both ways");
        Candidate check = candidates.stream().filter(c -> c.key().contains(".check#")).findFirst().orElseThrow();
        assertTrue(check.source().contains("return done(); "), check.source());
        assertTrue(check.source().contains("synchronized (Sample.class) { x++; }"),
                "nothing goes into a synchronized block:\n" + check.source());

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CorpusRun run = run(findings, log);
        Path classes = library.resolve("classes");
        try (CorpusCompiler compiler = new CorpusCompiler(List.of(classes));
                Differential differential = new Differential();
                URLClassLoader libraries = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                        getClass().getClassLoader())) {
            run.process(TEST, compiler, differential, libraries, candidates);
        }
        Stats stats = run.stats;
        String report = stats.report();
        assertEquals(1, stats.get("test", Outcome.NOT_SELF_CONTAINED), "hidden() uses a private enum:\n" + report);
        assertEquals(0, stats.failures(), report);
        assertEquals(5, stats.tried(), report);
        assertTrue(stats.get("test", Outcome.RAN_EQUAL) >= 2, "sum and label run both ways:\n" + report);
    }

    private static Candidate handMade(String name, String coroutineBody, String plainBody) {
        String source = "package q;\nimport static kaa.Async.*;\nabstract class " + name + " {\n"
                + "    @kaa.Coroutine static kaa.InProgress<Integer> co_f(int x) " + coroutineBody + "\n}\n";
        String plain = plainBody == null ? null
                : "package q;\nabstract class " + name + "P {\n    static int f(int x) " + plainBody + "\n}\n";
        return new Candidate("test:q/" + name + ".java:" + name + ".f#1", "test", "q", name, source, "co_f",
                plain == null ? null : name + "P", plain, plain == null ? null : List.of("int"), "int", false, null);
    }

    @Test
    void countsEachOutcomeAndWritesTheFindings(@TempDir Path findings) throws IOException {
        List<Candidate> batch = new ArrayList<>();
        batch.add(handMade("Same", "{ yield_(); return done(x + 1); }", "{ return x + 1; }"));
        batch.add(handMade("Differs", "{ yield_(); return done(x + 2); }", "{ return x + 1; }"));
        batch.add(handMade("InLambda", "{ Runnable r = () -> { yield_(); }; r.run(); return done(x); }", null));
        batch.add(handMade("Unknown", "{ return done(noSuchThing(x)); }", null));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CorpusRun run = run(findings, log);
        try (CorpusCompiler compiler = new CorpusCompiler(List.of()); Differential differential = new Differential()) {
            run.process(TEST, compiler, differential, getClass().getClassLoader(), batch);
        }
        Stats stats = run.stats;
        String report = stats.report();
        assertEquals(1, stats.get("test", Outcome.RAN_EQUAL), report);
        assertEquals(1, stats.get("test", Outcome.DIVERGED), report);
        assertEquals(1, stats.get("test", Outcome.REJECTED), report);
        assertEquals(Map.of("yield-in-lambda", 1), stats.tags.get("test"), report);
        assertEquals(1, stats.get("test", Outcome.NOT_SELF_CONTAINED), report);
        assertEquals(1, stats.failures(), report);
        Path finding = findings.resolve("Diverged_test_Differs_f_1.java");
        assertTrue(Files.isRegularFile(finding), report);
        String text = Files.readString(finding);
        assertTrue(text.contains("plain returned 1, coroutine returned 2")
                || text.contains("plain returned"), text);
        assertTrue(text.contains("abstract class DiffersP"), "the reproducer holds both versions:\n" + text);
    }
}
