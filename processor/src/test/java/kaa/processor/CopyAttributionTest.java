package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The private copy ({@link CopyAttribution}) finds what the main compilation finds, wherever it is: classes in a jar
 * and in a directory of the class path, sources on the source path only, a module on the module path. Each compiles
 * with {@code -Akaa.attribution=copy-only}, so a copy that could not stand for its class fails the test instead of
 * falling back to in-place attribution; each also has the shape that in-place attribution breaks (javac's stale
 * argument types), so the copy is what made it compile.
 */
class CopyAttributionTest {
    /** A class with a coroutine that uses a library class, a source-path class and a conditional argument. */
    private static final String JOB = """
            package app;

            import java.util.ArrayList;
            import java.util.List;
            import kaa.*;
            import lib.Pick;
            import static kaa.Async.*;

            public abstract class Job {
                static <T> List<T> both(List<T> l, List<T> r, boolean b) {
                    List<T> out = new ArrayList<>();
                    out.add(b ? l.get(0) : r.get(0));
                    out.add(Pick.pick(!b, l.get(0), r.get(0)));
                    return out;
                }

                @Coroutine
                public InProgress<String> run() {
                    String name = yield_(InProgress.finished(Helper.NAME));
                    return done(name + both(List.of("a"), List.of("b"), true));
                }

                public static void main(String[] args) {
                    System.out.println(new Job_Coroutines().run().await());
                }
            }
            """;
    private static final String HELPER = """
            package app;

            class Helper {
                static final String NAME = "helper";
            }
            """;
    private static final String PICK = """
            package lib;

            public final class Pick {
                private Pick() {}

                public static <T> T pick(boolean first, T a, T b) {
                    return first ? a : b;
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void findsAJarOnTheClassPathAndASourceOnlyOnTheSourcePath() throws Exception {
        Path jar = libraryJar();
        Path sources = write("src/app/Job.java", JOB);
        write("src/app/Helper.java", HELPER);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String output = javac("-Akaa.attribution=copy-only", "--release", "17", "-Xlint:all", "-Xlint:-processing",
                "-Werror", "-implicit:class",
                "-classpath", InProcessCompiler.testClassPath() + File.pathSeparator + jar,
                "-sourcepath", work.resolve("src").toString(),
                "-processorpath", InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-d", classes.toString(), "-s", Files.createDirectories(work.resolve("generated")).toString(),
                sources.toString());
        assertTrue(Files.exists(classes.resolve("app/Job_CoroutineMachines.class")), output);
        assertEquals("helper[a, b]", run(classes, jar, "app.Job"), output);
    }

    @Test
    void findsAModuleOnTheModulePath() throws Exception {
        write("src/module-info.java", "module app { requires kaa.runtime; requires lib; }");
        Path job = write("src/app/Job.java", JOB);
        Path helper = write("src/app/Helper.java", HELPER);
        Path lib = Files.createDirectories(work.resolve("lib"));
        write("libsrc/module-info.java", "module lib { exports lib; }");
        Path pick = write("libsrc/lib/Pick.java", PICK);
        javac("-proc:none", "--release", "17", "-d", lib.toString(), work.resolve("libsrc/module-info.java").toString(),
                pick.toString());
        Path classes = Files.createDirectories(work.resolve("classes"));
        String output = javac("-Akaa.attribution=copy-only", "--release", "17", "-Xlint:all", "-Xlint:-processing",
                "-Werror", "--module-path", runtimeLocation() + File.pathSeparator + lib,
                "-processorpath", InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-d", classes.toString(), "-s", Files.createDirectories(work.resolve("generated")).toString(),
                work.resolve("src/module-info.java").toString(), job.toString(), helper.toString());
        assertTrue(Files.exists(classes.resolve("app/Job_CoroutineMachines.class")), output);
    }

    /** {@code lib.Pick}, compiled into a jar. */
    private Path libraryJar() throws IOException {
        Path source = write("libsrc/lib/Pick.java", PICK);
        Path classes = Files.createDirectories(work.resolve("libclasses"));
        javac("-proc:none", "--release", "17", "-d", classes.toString(), source.toString());
        Path jar = work.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("lib/"));
            out.putNextEntry(new JarEntry("lib/Pick.class"));
            out.write(Files.readAllBytes(classes.resolve("lib/Pick.class")));
        }
        return jar;
    }

    /** The directory or jar kaa-runtime was loaded from: the module {@code kaa.runtime}. */
    private static String runtimeLocation() throws Exception {
        return Path.of(kaa.InProgress.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = work.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Runs javac as a build tool does, with command-line arguments; returns its output, failing if it fails. */
    private static String javac(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, output, output, args);
        String text = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, () -> "javac " + String.join(" ", args) + "\n" + text);
        return text;
    }

    /** The output of {@code mainClass}'s {@code main}, run from {@code classes}, {@code jar} and the test class path. */
    private static String run(Path classes, Path jar, String mainClass) throws Exception {
        List<java.net.URL> urls = new ArrayList<>(List.of(classes.toUri().toURL(), jar.toUri().toURL()));
        for (String entry : InProcessCompiler.testClassPath().split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(java.net.URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass(mainClass).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
