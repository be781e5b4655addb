package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build settings a project uses that the compile-and-run cases do not (usertest round 8). */
class BuildOptionsTest {
    private static final String BOX = """
            import java.util.List;
            import kaa.*;
            import static kaa.Async.*;

            /** A box. */
            public abstract class Box<T extends Comparable<T>> {
                /**
                 * Puts.
                 *
                 * @param x the value
                 * @return it
                 */
                @Coroutine
                public InProgress<T> put(T x) {
                    yield_();
                    return done(x);
                }

                /**
                 * Puts many.
                 *
                 * @param xs values
                 * @param names names
                 * @param more more names
                 * @return the first
                 */
                @Coroutine
                public InProgress<T> putArray(T[] xs, List<String> names, String... more) {
                    yield_();
                    return done(xs[0]);
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void compilesWithoutLineNumbers() throws IOException {
        // -g:none and -g:vars: javac keeps no line map, and BodyContext.line threw a NullPointerException
        InProcessCompiler.Compilation withLines = InProcessCompiler.compile(List.of(box()), work.resolve("g"), 17);
        for (String debug : List.of("-g:none", "-g:vars")) {
            InProcessCompiler.Compilation compilation = InProcessCompiler.compile(List.of(box()),
                    work.resolve(debug.substring(3)), 17, List.of(new CoroutineProcessor()), debug);
            assertTrue(compilation.success(), debug + ": " + compilation.diagnostics());
            // the same source lines in the machines' comments and line tables as with javac's line map
            assertEquals(withLines.generatedSources(), compilation.generatedSources(), debug);
        }
    }

    @Test
    void javadocResolvesTheLinksOfGeneratedComments() throws IOException {
        // {@link Box#putArray(T[])} and {@link Box#put(Object)} for a T bounded by Comparable were "reference not found"
        InProcessCompiler.Compilation compilation = InProcessCompiler.compile(List.of(box()), work, 17);
        assertTrue(compilation.success(), compilation.diagnostics().toString());
        List<String> args = new ArrayList<>(List.of("-quiet", "-Xdoclint:all,-missing", "-d",
                work.resolve("doc").toString(), "-cp", InProcessCompiler.testClassPath(), box().toString()));
        try (Stream<Path> generated = Files.walk(compilation.generatedDir())) {
            generated.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        int status = javadoc.run(null, output, output, args.toArray(new String[0]));
        assertEquals(0, status, output.toString(StandardCharsets.UTF_8));
    }

    @Test
    void generatedSourcesGivenToJavacAgainAreAPlainError() throws IOException {
        // was [kaa.internal-error] with javac's FilerException "Attempt to recreate a file"
        InProcessCompiler.Compilation first = InProcessCompiler.compile(List.of(box()), work.resolve("first"), 17);
        assertTrue(first.success(), first.diagnostics().toString());
        Path generated = first.generatedDir().resolve("Box_Coroutines.java");
        InProcessCompiler.Compilation again = InProcessCompiler.compile(List.of(box(), generated),
                work.resolve("again"), 17);
        List<String> errors = again.errors().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("[kaa.generated-file-exists]"), errors.toString());
    }

    /** A lint warning in a body is javac's, once, at the user's line: not again in the machine (usertest round 10). */
    @Test
    void aWarningInABodyIsReportedOnceAtTheUsersLine() throws IOException {
        Path source = work.resolve("src/Raw.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                import java.util.ArrayList;
                import java.util.List;
                import kaa.*;
                import static kaa.Async.*;

                public abstract class Raw {
                    @Coroutine
                    InProgress<Integer> count(Object o) {
                        yield_();
                        List raw = new ArrayList();
                        String s = (String) "x";
                        raw.add(s);
                        yield_();
                        return done(raw.size());
                    }
                }
                """);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, output, output, "--release", "17", "-Xlint:all",
                "-Xlint:-processing", "-classpath", InProcessCompiler.testClassPath(), "-processorpath",
                InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-d", Files.createDirectories(work.resolve("classes")).toString(),
                "-s", Files.createDirectories(work.resolve("generated")).toString(), source.toString());
        String text = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        // rawtypes twice (List, ArrayList), unchecked once (raw.add), cast once: each at Raw.java, none in a machine
        assertEquals(4, text.split("warning: \\[").length - 1, text);
        assertEquals(4, text.split("Raw\\.java:\\d+: warning").length - 1, text);
    }

    private Path box() throws IOException {
        Path file = work.resolve("src/Box.java");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, BOX);
        }
        return file;
    }
}
