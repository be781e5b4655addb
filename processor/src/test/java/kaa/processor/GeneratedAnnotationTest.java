package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated class carries {@code @javax.annotation.processing.Generated} exactly where its module reads
 * {@code java.compiler}: always in the unnamed module (the goldens), in a named module only through its requires.
 * integration-tests-jpms builds such a module with Maven; these compile one in-process for each case.
 */
class GeneratedAnnotationTest {
    @TempDir
    Path work;

    @Test
    void aModuleThatReadsOnlyTheRuntimeGetsNoGeneratedAnnotation() throws Exception {
        assertFalse(generatedSource("requires kaa.runtime;").contains("@Generated"));
    }

    @Test
    void aModuleThatRequiresJavaCompilerGetsIt() throws Exception {
        assertTrue(generatedSource("requires kaa.runtime; requires java.compiler;").contains("@Generated("));
    }

    @Test
    void aModuleThatReadsJavaCompilerThroughRequiresTransitiveGetsIt() throws Exception {
        assertTrue(generatedSource("requires kaa.runtime; requires java.se;").contains("@Generated("));
    }

    /** Compiles module {@code app} with the given requires and one coroutine class; returns its generated source. */
    private String generatedSource(String requires) throws IOException, URISyntaxException {
        Path sources = Files.createDirectories(work.resolve("src/app"));
        Files.writeString(sources.resolve("module-info.java"), "module app { " + requires + " }\n");
        Files.writeString(sources.resolve("Countdown.java"), """
                package app;

                import kaa.*;
                import static kaa.Async.*;

                abstract class Countdown {
                    @Coroutine
                    InProgress<Integer> count(int from) {
                        for (int i = from; i > 0; i--) {
                            yield_();
                        }
                        return done(from);
                    }
                }
                """);
        Path runtime = Path.of(kaa.InProgress.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path generated = Files.createDirectories(work.resolve("generated"));
        List<String> options = new ArrayList<>(InProcessCompiler.OPTIONS);
        options.addAll(List.of("--module-path", runtime.toString(),
                "-d", Files.createDirectories(work.resolve("classes")).toString(), "-s", generated.toString()));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean success;
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(List.of(sources.resolve("module-info.java"),
                            sources.resolve("Countdown.java"))));
            task.setProcessors(List.of(new CoroutineProcessor()));
            task.setLocale(Locale.ROOT);
            success = task.call();
        }
        assertEquals(List.of(), diagnostics.getDiagnostics().stream().map(Object::toString).toList());
        assertTrue(success);
        return Files.readString(generated.resolve("app/Countdown_Coroutines.java"), StandardCharsets.UTF_8);
    }
}
