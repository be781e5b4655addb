package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kaa.processor.InProcessCompiler.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every generated {@code *_Coroutines.java} and {@code *_CoroutineMachines.java} with its golden file, so a reviewer sees each change to the
 * generated code in the diff. For an input {@code golden/<Name>.java} the processor's output {@code X_Coroutines.java}
 * is compared with {@code golden/X_Coroutines.java.golden}. Run with {@code KAA_UPDATE_GOLDENS=1} to rewrite the
 * golden files from the current output (and delete goldens no input produces any more), then review the diff.
 */
class GoldenFileTest {
    private static final Path GOLDEN = TestResources.dir("golden");
    /** The processor's two files per class: the entry points, and the state machines. */
    private static final List<String> GENERATED_SUFFIXES = List.of("_Coroutines.java", "_CoroutineMachines.java");
    private static final String GOLDEN_SUFFIX = ".golden";
    private static final boolean UPDATE = "1".equals(System.getenv("KAA_UPDATE_GOLDENS"));
    private static final String HINT = "run the processor tests with KAA_UPDATE_GOLDENS=1 to write the goldens"
            + " (mvn -B -pl processor test -Dtest=GoldenFileTest), then review the diff";

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}", quoteTextArguments = false, allowZeroInvocations = true)
    @MethodSource("inputs")
    void generatedSourcesMatchGoldens(String input, @TempDir Path workDir) throws IOException {
        Compilation compilation = InProcessCompiler.compile(List.of(GOLDEN.resolve(input)), workDir);
        if (!compilation.success()) {
            fail("golden input " + input + " does not compile" + compilation.report());
        }
        Map<String, String> generated = generatedCoroutines(compilation);
        assertFalse(generated.isEmpty(), () -> input + " generated no source" + compilation.report());

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> output : generated.entrySet()) {
            Path golden = GOLDEN.resolve(output.getKey() + GOLDEN_SUFFIX);
            if (UPDATE) {
                Files.writeString(golden, output.getValue(), StandardCharsets.UTF_8);
            } else if (!Files.exists(golden)) {
                problems.add("missing golden " + GOLDEN.relativize(golden) + "; " + HINT
                        + "\n==== generated " + output.getKey() + " ====\n" + output.getValue());
            } else {
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                if (!expected.equals(output.getValue())) {
                    problems.add(output.getKey() + " differs from " + GOLDEN.relativize(golden) + "; if the change is"
                            + " intended, " + HINT + "\n" + firstDifference(expected, output.getValue())
                            + "\n==== generated " + output.getKey() + " ====\n" + output.getValue());
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n\n", problems));
    }

    /** A golden no input produces any more would silently stop being checked: fail, or delete it when updating. */
    @Test
    void everyGoldenHasAnInput(@TempDir Path workDir) throws IOException {
        TreeSet<String> produced = new TreeSet<>();
        int index = 0;
        for (String input : (Iterable<String>) inputs()::iterator) {
            Compilation compilation = InProcessCompiler.compile(
                    List.of(GOLDEN.resolve(input)), workDir.resolve(Integer.toString(index++)));
            produced.addAll(generatedCoroutines(compilation).keySet());
        }
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path golden : (Iterable<Path>) files.sorted()::iterator) {
                String name = golden.getFileName().toString();
                if (name.endsWith(GOLDEN_SUFFIX)
                        && !produced.contains(name.substring(0, name.length() - GOLDEN_SUFFIX.length()))) {
                    stale.add(name);
                    if (UPDATE) {
                        Files.delete(golden);
                    }
                }
            }
        }
        if (!UPDATE) {
            assertEquals(List.of(), stale, "goldens no input generates; " + HINT + " (it deletes them)");
        }
    }

    /** Generated sources by file name; package directories do not matter here. */
    private static Map<String, String> generatedCoroutines(Compilation compilation) {
        return compilation.generatedSources().entrySet().stream()
                .filter(e -> GENERATED_SUFFIXES.stream().anyMatch(e.getKey()::endsWith))
                .collect(Collectors.toMap(
                        e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1), Map.Entry::getValue,
                        (a, b) -> {
                            throw new IllegalStateException("two generated sources with the same file name");
                        },
                        TreeMap::new));
    }

    private static String firstDifference(String expected, String actual) {
        String[] expectedLines = expected.split("\n", -1);
        String[] actualLines = actual.split("\n", -1);
        for (int i = 0; i < Math.max(expectedLines.length, actualLines.length); i++) {
            String want = i < expectedLines.length ? expectedLines[i] : "<end of file>";
            String got = i < actualLines.length ? actualLines[i] : "<end of file>";
            if (!want.equals(got)) {
                return "first difference at line " + (i + 1) + ":\n  golden:    " + want + "\n  generated: " + got;
            }
        }
        return "the texts differ only in line endings";
    }
}
