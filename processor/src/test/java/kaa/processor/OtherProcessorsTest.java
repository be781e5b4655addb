package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kaa-processor in one compilation with Lombok, AutoValue, Dagger and MapStruct, before them and after them: a
 * coroutine body uses a Lombok getter and setter, an AutoValue class (with {@code var}), a Dagger component and a
 * MapStruct mapper, all generated in the same compilation, and {@code main} holds the generated class in a {@code var}.
 */
class OtherProcessorsTest {
    private static final Path SOURCE = TestResources.dir("others").resolve("Shop.java");

    @ParameterizedTest(name = "kaa first: {0}")
    @ValueSource(booleans = {true, false})
    void compilesAndRunsWithTheOtherProcessors(boolean kaaFirst, @TempDir Path workDir) throws Exception {
        List<Processor> processors = new ArrayList<>(List.of(
                processor("lombok.launch.AnnotationProcessorHider$AnnotationProcessor"),
                processor("com.google.auto.value.processor.AutoValueProcessor"),
                processor("dagger.internal.codegen.ComponentProcessor"),
                processor("org.mapstruct.ap.MappingProcessor")));
        processors.add(kaaFirst ? 0 : processors.size(), new CoroutineProcessor());
        InProcessCompiler.Compilation compilation =
                // -Xlint:-processing: these processors leave their annotations unclaimed, which the lint reports.
                InProcessCompiler.compile(List.of(SOURCE), workDir, 17, processors, "-Xlint:-processing");
        assertTrue(compilation.success(), () -> "compilation failed" + compilation.report());
        assertEquals("welcome at noon: tea for 5, 2 left\nItem{name=cake, price=2}\n", runMain(compilation),
                compilation::report);
    }

    /**
     * What makes the test above pass: the private copy of {@code Shop} lacks the getter Lombok adds to the main
     * compilation's trees, so the processor attributes the class in place (docs/analysis.md, "Attributing a copy");
     * with {@code copy-only} that is javac's error about the missing member at its line, and a note that says it was
     * found in the copy.
     */
    @org.junit.jupiter.api.Test
    void aCopyWithoutLombokMembersFallsBackToAttributionInPlace(@TempDir Path workDir) throws Exception {
        List<Processor> processors = List.of(processor("lombok.launch.AnnotationProcessorHider$AnnotationProcessor"),
                processor("com.google.auto.value.processor.AutoValueProcessor"),
                processor("dagger.internal.codegen.ComponentProcessor"),
                processor("org.mapstruct.ap.MappingProcessor"), new CoroutineProcessor());
        InProcessCompiler.Compilation compilation = InProcessCompiler.compile(List.of(SOURCE), workDir, 17, processors,
                "-Xlint:-processing", "-A" + CopyAttribution.OPTION + "=copy-only");
        List<Long> getterLines = linesOf("getStock()");
        assertTrue(!compilation.success() && compilation.errors().stream().anyMatch(e -> e.getMessage(null)
                .contains("cannot find symbol") && e.getMessage(null).contains("getStock")
                && getterLines.contains(e.getLineNumber())), compilation::report);
        assertTrue(compilation.diagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.NOTE
                && d.getMessage(null).contains("[kaa.copy-failed]")), compilation::report);
    }

    /** The numbers of the lines of {@link #SOURCE} that contain {@code text}. */
    private static List<Long> linesOf(String text) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(SOURCE);
        List<Long> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                found.add(i + 1L);
            }
        }
        return found;
    }

    private static Processor processor(String name) throws ReflectiveOperationException {
        return (Processor) Class.forName(name).getConstructor().newInstance();
    }

    private static String runMain(InProcessCompiler.Compilation compilation) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = compilation.newIsolatedClassLoader()) {
            Method main = loader.loadClass("Shop").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
