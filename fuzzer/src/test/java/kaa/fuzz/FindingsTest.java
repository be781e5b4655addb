package kaa.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every minimised finding under {@code fuzzer/findings/} is a compile-and-run case in the format of the processor's
 * data-driven suite. Its expected output must be what the plain run prints (the oracle); the coroutine must print the
 * same, unless the case carries {@code // SKIP:} because the processor bug it shows is still open.
 */
class FindingsTest {
    private static final Path FINDINGS = Path.of("findings");

    @TestFactory
    Stream<DynamicTest> findings() throws IOException {
        if (!Files.isDirectory(FINDINGS)) {
            return Stream.empty();
        }
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(FINDINGS)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
            }
        }
        return tests.stream();
    }

    private static void check(Path file) throws Exception {
        String name = file.getFileName().toString().replace(".java", "");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> expected = null;
        String skip = null;
        int release = 17;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith("//"); i++) {
            String line = lines.get(i);
            if (expected != null) {
                expected.add(line.startsWith("// ") ? line.substring(3) : line.substring(2));
            } else if (line.equals("// OUTPUT:")) {
                expected = new ArrayList<>();
            } else if (line.startsWith("// SKIP:")) {
                skip = line.substring("// SKIP:".length()).strip();
            } else if (line.startsWith("// RELEASE:")) {
                release = Integer.parseInt(line.substring("// RELEASE:".length()).strip());
            }
        }
        if (release > Runtime.version().feature()) {
            Assumptions.abort(name + " needs --release " + release + ", this JDK is " + Runtime.version().feature());
        }
        assertTrue(expected != null, name + " has no '// OUTPUT:' header");
        String source = String.join("\n", lines) + "\n";
        BatchCompiler.Result compiled;
        try (BatchCompiler compiler = new BatchCompiler()) {
            compiled = compiler.compile(Map.of(name, source), true, release);
        }
        boolean aborts = source.contains("Fx.mainAborted(");
        if (!aborts) {
            assertEquals(expected, run(compiled, name, release, "plain"),
                    name + ": the expected output is not what the plain version prints");
        }
        if (skip != null) {
            Assumptions.abort("SKIP: " + skip);
        }
        assertTrue(compiled.success(), name + " does not compile with the processor:\n" + compiled.report());
        assertEquals(expected, run(compiled, name, release), name + ": the coroutine's output");
    }

    /** Runs {@code main} in a class loader of its own (with its own runtime copy); its stdout lines. */
    private static List<String> run(BatchCompiler.Result compiled, String name, int release, String... args)
            throws Exception {
        Map<String, byte[]> classes = compiled.classes();
        if (!compiled.success()) {
            // Only the user class is needed for the plain run; compile it again without the processor.
            try (BatchCompiler compiler = new BatchCompiler()) {
                String source = Files.readString(FINDINGS.resolve(name + ".java"), StandardCharsets.UTF_8)
                        .replace("new " + name + "_Coroutines()", "new " + name + "() {}")
                        .replace("new " + name + "_Coroutines<String>()", "new " + name + "<String>() {}")
                        .replace(name + "_Coroutines", name);
                BatchCompiler.Result plain = compiler.compile(Map.of(name, source), false, release);
                assertTrue(plain.success(), name + ": the plain version does not compile:\n" + plain.report());
                classes = plain.classes();
            }
        }
        Loaders.BatchLoader loader = new Loaders.BatchLoader(new Loaders.RuntimeLoader(), classes);
        Method main = loader.loadClass(name).getMethod("main", String[].class);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
