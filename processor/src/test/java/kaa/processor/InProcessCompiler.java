package kaa.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in-process with the system compiler and {@link CoroutineProcessor}, the way a user's build does,
 * for the compile-and-run cases and the golden-file test.
 *
 * <p>The options work on every JDK from 17 on: {@code -proc:full} does not exist on 17, and it is not needed because
 * the processor is handed to the task explicitly ({@code setProcessors}), which JDK 23+ counts as explicit
 * configuration. The class path is the test class path, which holds {@code kaa-runtime}.
 */
final class InProcessCompiler {
    /** The javac options of every compilation, the same strictness as the project's own build. */
    static final List<String> OPTIONS = List.of("--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8");

    private InProcessCompiler() {}

    /**
     * Compiles {@code sources} with the processor, writing classes to {@code workDir/classes} and generated sources to
     * {@code workDir/generated}.
     */
    static Compilation compile(List<Path> sources, Path workDir) throws IOException {
        return compile(sources, workDir, 17);
    }

    /** Compiles for {@code release} ({@code --release}), which the running JDK must support. */
    static Compilation compile(List<Path> sources, Path workDir, int release) throws IOException {
        return compile(sources, workDir, release, List.of(new CoroutineProcessor()));
    }

    /**
     * Compiles with {@code processors}, in that order (javac runs them in each round in this order), and the extra
     * javac {@code options}.
     */
    static Compilation compile(List<Path> sources, Path workDir, int release,
            List<? extends javax.annotation.processing.Processor> processors, String... extraOptions)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No system Java compiler: run the tests on a JDK, not a JRE");
        }
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        Path generated = Files.createDirectories(workDir.resolve("generated"));
        List<String> options = new ArrayList<>(OPTIONS);
        options.set(options.indexOf("17"), String.valueOf(release));
        options.addAll(List.of(extraOptions));
        options.addAll(List.of(
                "-classpath", testClassPath(),
                "-d", classes.toString(),
                "-s", generated.toString()));

        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean success;
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(
                    null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(processors);
            task.setLocale(Locale.ROOT);
            success = task.call();
        }
        return new Compilation(success, List.copyOf(diagnostics.getDiagnostics()), classes, generated);
    }

    /**
     * Runs javac as a build tool does, with command-line arguments (the processor comes from {@code -processorpath}
     * and {@code -processor}, as in a user's build); returns its output and fails the test if javac fails.
     */
    static String commandLine(String... args) {
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, output, output, args);
        String text = output.toString(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertEquals(0, status, () -> "javac " + String.join(" ", args) + "\n" + text);
        return text;
    }

    /**
     * What {@code mainClass}'s {@code main} prints, stripped, run in a class loader of {@code entries} and the test
     * class path; what it throws is thrown.
     */
    static String runMain(String mainClass, Path... entries) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            urls.add(entry.toUri().toURL());
        }
        for (String entry : testClassPath().split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass(mainClass).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    /** The class path of the running tests: under Surefire, the module's test class path including kaa-runtime. */
    static String testClassPath() {
        return System.getProperty("java.class.path");
    }

    /** The outcome of one compilation. */
    record Compilation(
            boolean success,
            List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Path classesDir,
            Path generatedDir) {

        List<Diagnostic<? extends JavaFileObject>> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
        }

        /** Every generated source, keyed by its path relative to the generated-sources directory ('/' separated). */
        Map<String, String> generatedSources() {
            Map<String, String> sources = new TreeMap<>();
            if (!Files.isDirectory(generatedDir)) {
                return sources;
            }
            try (Stream<Path> walk = Files.walk(generatedDir)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String relative = generatedDir.relativize(file).toString().replace(File.separatorChar, '/');
                    sources.put(relative, Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sources;
        }

        /**
         * A class loader for the compiled classes that also loads its own copy of the runtime (and everything else on
         * the test class path), so no static state — the notifier, pools, timers — leaks from one case to the next.
         */
        URLClassLoader newIsolatedClassLoader() {
            return isolatedClassLoader(classesDir);
        }

        /** A class loader over {@code classes} and the test class path, nothing of the test's own loader. */
        static URLClassLoader isolatedClassLoader(Path classes) {
            List<URL> urls = new ArrayList<>();
            try {
                urls.add(classes.toUri().toURL());
                for (String entry : testClassPath().split(File.pathSeparator)) {
                    if (!entry.isEmpty()) {
                        urls.add(Path.of(entry).toUri().toURL());
                    }
                }
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
            return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }

        /** Diagnostics and generated sources, for failure messages a developer can debug from. */
        String report() {
            StringBuilder report = new StringBuilder();
            report.append("\n==== diagnostics (").append(diagnostics.size()).append(") ====\n");
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
                report.append(format(diagnostic)).append('\n');
            }
            Map<String, String> sources = generatedSources();
            if (sources.isEmpty()) {
                report.append("==== no generated sources ====\n");
            }
            sources.forEach((path, text) -> {
                report.append("==== generated ").append(path).append(" ====\n");
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    report.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines[i]));
                }
            });
            return report.toString();
        }

        static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
            String file = diagnostic.getSource() == null
                    ? "<no file>"
                    : Path.of(diagnostic.getSource().toUri()).getFileName().toString();
            return String.format(Locale.ROOT, "%s %s:%d:%d: %s", diagnostic.getKind(), file,
                    diagnostic.getLineNumber(), diagnostic.getColumnNumber(), diagnostic.getMessage(Locale.ROOT));
        }
    }
}
