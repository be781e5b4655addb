package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import kaa.processor.InProcessCompiler.Compilation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every case under {@code src/test/resources/cases/} with the processor, runs it and compares its output (or
 * its compile error) with the expectation in its header. Adding a case is adding a file.
 */
class CompileAndRunTest {
    static final Path CASES = TestResources.dir("cases");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** {@code -Dkaa.runSkipped=true} runs the SKIP cases too, to see which of them pass by now. */
    private static final boolean RUN_SKIPPED = Boolean.getBoolean("kaa.runSkipped");

    /** Shared sources of the cases of one folder: every {@code *.java} in its {@code support/} subfolder. */
    static final String SUPPORT = "support";

    /**
     * Every case file, named by its path relative to the cases directory; headers are parsed per test. Files in a
     * {@code support/} folder are not cases: they are compiled with each case of the folder above.
     */
    static Stream<Named<Path>> cases() throws IOException {
        List<Named<Path>> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CASES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getParent().getFileName().toString().equals(SUPPORT)).sorted()::iterator) {
                cases.add(Named.of(CASES.relativize(file).toString().replace('\\', '/'), file));
            }
        }
        return cases.stream();
    }

    @Test
    void casesExist() throws IOException {
        assertTrue(cases().count() > 0, "no *.java case under " + CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compileAndRun(Path file, @TempDir Path workDir) throws Exception {
        CaseFile testCase = CaseFile.parse(CASES, file);
        if (!RUN_SKIPPED) {
            testCase.skipReason().ifPresent(reason -> Assumptions.abort("SKIP: " + reason));
        }
        List<Path> sources = new ArrayList<>(List.of(testCase.path()));
        sources.addAll(supportSources(file.getParent()));
        Assumptions.assumeTrue(Runtime.version().feature() >= testCase.release(),
                () -> "needs a JDK for Java " + testCase.release());
        if (testCase.expectsError()) {
            assertCompileError(testCase, sources);
            return;
        }
        // Attributed in a private copy only: a class whose copy fails would be attributed in place without a word.
        Compilation compilation = InProcessCompiler.compile(sources, workDir, testCase.release(),
                List.of(new CoroutineProcessor()), attributionOption(testCase, "copy-only"));
        if (!compilation.success()) {
            fail(testCase.name() + ": compilation failed" + compilation.report());
        }
        try (URLClassLoader loader = compilation.newIsolatedClassLoader()) {
            assertRunOutput(testCase, loader, compilation.report());
        }
        // What the processor generated is plain Java: Eclipse's compiler, with processing off, takes the case and its
        // generated sources too (what Eclipse and VS Code users build with; README "IDEs").
        List<Path> all = new ArrayList<>(sources);
        all.addAll(EclipseCompiler.javaFilesUnder(compilation.generatedDir()));
        Path ecjClasses = workDir.resolve("ecj");
        EclipseCompiler.Result ecj = EclipseCompiler.compile(all, testCase.release(), ecjClasses, null);
        if (!ecj.success()) {
            fail(testCase.name() + ": Eclipse's compiler rejected it:\n" + ecj.output() + compilation.report());
        }
        try (URLClassLoader loader = Compilation.isolatedClassLoader(ecjClasses)) {
            assertRunOutput(testCase, loader, "\n==== compiled by Eclipse's compiler ====\n" + ecj.output()
                    + compilation.report());
        }
    }

    /**
     * The same cases attributed in place, as the processor does when a class's private copy has errors (a member that
     * Lombok adds, a module path): the lowering must not depend on which javac task attributed the trees. Cases that
     * only the copy compiles ({@code // ATTRIBUTION: copy}) are left out.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compileAndRunAttributedInPlace(Path file, @TempDir Path workDir) throws Exception {
        CaseFile testCase = CaseFile.parse(CASES, file);
        Assumptions.assumeTrue(testCase.skipReason().isEmpty() && !testCase.expectsError()
                && testCase.attribution().isEmpty() && Runtime.version().feature() >= testCase.release());
        List<Path> sources = new ArrayList<>(List.of(testCase.path()));
        sources.addAll(supportSources(file.getParent()));
        Compilation compilation = InProcessCompiler.compile(sources, workDir, testCase.release(),
                List.of(new CoroutineProcessor()), "-A" + CopyAttribution.OPTION + "=in-place");
        if (!compilation.success()) {
            fail(testCase.name() + ": compilation failed" + compilation.report());
        }
        try (URLClassLoader loader = compilation.newIsolatedClassLoader()) {
            assertRunOutput(testCase, loader, compilation.report());
        }
    }

    /** {@code -Akaa.attribution=...}: what the case asks for, else {@code fallback}. */
    private static String attributionOption(CaseFile testCase, String fallback) {
        return "-A" + CopyAttribution.OPTION + "=" + testCase.attribution().map(a -> a.equals("copy") ? "copy-only" : a)
                .orElse(fallback);
    }

    private static List<Path> supportSources(Path folder) throws IOException {
        Path support = folder.resolve(SUPPORT);
        if (!Files.isDirectory(support)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(support)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * An error case, compiled with google-compile-testing: the tagged error on the line marked {@code // error here},
     * and no error anywhere else.
     */
    private static void assertCompileError(CaseFile testCase, List<Path> sources) throws IOException {
        String text = testCase.expectedError().orElseThrow();
        List<JavaFileObject> files = new ArrayList<>();
        for (Path source : sources) {
            files.add(JavaFileObjects.forResource(source.toUri().toURL()));
        }
        List<String> options = new ArrayList<>(InProcessCompiler.OPTIONS);
        options.set(options.indexOf("17"), String.valueOf(testCase.release()));
        // Only when asked: javac warns about an option no processor recognizes, as when no file has an annotation
        testCase.attribution().ifPresent(a -> options.add(attributionOption(testCase, a)));
        com.google.testing.compile.Compilation compilation = Compiler.javac()
                .withProcessors(new CoroutineProcessor())
                .withOptions(options)
                .compile(files);
        JavaFileObject caseFile = files.get(0);
        CompilationSubject.assertThat(compilation).hadErrorContaining(text).inFile(caseFile)
                .onLineContaining(CaseFile.ERROR_MARKER);
        // A mistake is reported where the user made it: never inside generated code, never as a processor crash,
        // always at a line, and once.
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            assertTrue(error.getSource() != null && error.getSource().toUri().equals(caseFile.toUri())
                            && error.getLineNumber() != Diagnostic.NOPOS
                            && !error.getMessage(Locale.ROOT).contains("[kaa.internal-error]"),
                    () -> testCase.name() + ": an error outside the case's own lines: " + error + "\n"
                            + compilation.diagnostics());
        }
        assertEquals(1, compilation.errors().stream().filter(e -> e.getMessage(Locale.ROOT).contains(text)).count(),
                () -> testCase.name() + ": the expected error is reported more than once\n" + compilation.diagnostics());
        // and alone: a second error about the same mistake is noise (usertest round 10: a private class's implicit
        // constructor was a second error beside [kaa.class-private])
        assertEquals(1, compilation.errors().size(),
                () -> testCase.name() + ": more errors than the one expected\n" + compilation.diagnostics());
    }

    /** Runs the case's {@code main} from {@code loader}; {@code report} says how it was compiled, for failures. */
    private static void assertRunOutput(CaseFile testCase, ClassLoader loader, String report) throws Exception {
        List<String> expected = testCase.expectedOutput().orElseThrow();
        Run run = runMain(loader, testCase, report);
        String context = "\n==== stdout ====\n" + run.stdout() + "==== stderr ====\n" + run.stderr()
                + (run.failure() == null ? "" : "==== main threw ====\n" + stackTrace(run.failure()))
                + report;
        if (run.failure() != null) {
            fail(testCase.name() + ": main threw " + run.failure() + context);
        }
        assertEquals(String.join("\n", expected), String.join("\n", run.stdoutLines()),
                () -> testCase.name() + ": output differs" + context);
    }

    /** What one run of a case's {@code main} printed, and what it threw, if anything. */
    private record Run(String stdout, String stderr, Throwable failure) {
        List<String> stdoutLines() {
            if (stdout.isEmpty()) {
                return List.of();
            }
            List<String> lines = new ArrayList<>(Arrays.asList(stdout.replace("\r\n", "\n").split("\n", -1)));
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        }
    }

    private static Run runMain(ClassLoader loader, CaseFile testCase, String report) throws Exception {
        Method main = loader.loadClass(testCase.mainClass()).getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
            fail(testCase.name() + ": main must be static");
        }
        main.setAccessible(true); // as the java launcher, which runs the main of a class that is not public
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        Thread current = Thread.currentThread();
        ClassLoader originalContextLoader = current.getContextClassLoader();
        Throwable failure = null;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            failure = assertTimeoutPreemptively(TIMEOUT, () -> {
                Thread.currentThread().setContextClassLoader(loader);
                try {
                    main.invoke(null, (Object) new String[0]);
                    return null;
                } catch (InvocationTargetException e) {
                    return e.getCause();
                }
            }, () -> testCase.name() + ": main did not return within " + TIMEOUT.toSeconds() + " s\n==== stdout ====\n"
                    + stdout.toString(StandardCharsets.UTF_8) + report);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            current.setContextClassLoader(originalContextLoader);
        }
        return new Run(stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8), failure);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
