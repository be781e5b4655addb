package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

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
        // A class of another jar that only a source path file names, in a signature: the copy misses it at first
        // and finds it in a second private task (Copy.namesToRetry).
        Path other = jar("other", "Box", "package other; public class Box { public String name() { return \"box\"; } }");
        Path sources = write("src/app/Job.java", JOB.replace("Helper.NAME", "Helper.BOX.name()"));
        write("src/app/Helper.java", HELPER.replace("}", "static final other.Box BOX = new other.Box();\n}"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        String output = InProcessCompiler.commandLine("-Akaa.attribution=copy-only", "--release", "17", "-Xlint:all", "-Xlint:-processing",
                "-Werror", "-implicit:class",
                "-classpath", InProcessCompiler.testClassPath() + File.pathSeparator + jar + File.pathSeparator + other,
                "-sourcepath", work.resolve("src").toString(),
                "-processorpath", InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-d", classes.toString(), "-s", Files.createDirectories(work.resolve("generated")).toString(),
                sources.toString());
        assertTrue(Files.exists(classes.resolve("app/Job_CoroutineMachines.class")), output);
        assertEquals("box[a, b]", InProcessCompiler.runMain("app.Job", classes, jar, other), output);
    }

    @Test
    void findsAModuleOnTheModulePath() throws Exception {
        write("src/module-info.java", "module app { requires kaa.runtime; requires lib; }");
        Path job = write("src/app/Job.java", JOB);
        Path helper = write("src/app/Helper.java", HELPER);
        Path lib = Files.createDirectories(work.resolve("lib"));
        write("libsrc/module-info.java", "module lib { exports lib; }");
        Path pick = write("libsrc/lib/Pick.java", PICK);
        InProcessCompiler.commandLine("-proc:none", "--release", "17", "-d", lib.toString(), work.resolve("libsrc/module-info.java").toString(),
                pick.toString());
        Path classes = Files.createDirectories(work.resolve("classes"));
        String output = InProcessCompiler.commandLine("-Akaa.attribution=copy-only", "--release", "17", "-Xlint:all", "-Xlint:-processing",
                "-Werror", "--module-path", runtimeLocation() + File.pathSeparator + lib,
                "-processorpath", InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-d", classes.toString(), "-s", Files.createDirectories(work.resolve("generated")).toString(),
                work.resolve("src/module-info.java").toString(), job.toString(), helper.toString());
        assertTrue(Files.exists(classes.resolve("app/Job_CoroutineMachines.class")), output);
    }

    @Test
    void seesTheRunningJdksApiWhenTheBuildDoes() throws Exception {
        // javac 21+ with -source 17 and no --release compiles against its own JDK: List.getFirst() (Java 21) exists
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() >= 21, "needs JDK 21+");
        Path source = write("src/First.java", """
                import java.util.List;
                import kaa.*;
                import static kaa.Async.*;

                public abstract class First {
                    @Coroutine
                    static InProgress<String> first(List<String> values) {
                        yield_();
                        return done(values.getFirst());
                    }

                    public static void main(String[] args) {
                        System.out.println(First_Coroutines.first(List.of("x", "y")).await());
                    }
                }
                """);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String output = InProcessCompiler.commandLine("-Akaa.attribution=copy-only", "-source", "17", "-target", "17",
                "-Xlint:-options", "-classpath", InProcessCompiler.testClassPath(),
                "-processorpath", InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-d", classes.toString(), "-s", Files.createDirectories(work.resolve("generated")).toString(),
                source.toString());
        assertEquals("x", InProcessCompiler.runMain("First", classes), output);
    }

    /**
     * A class that reads a package the build exports to it ({@code --add-exports}) and a module the build adds
     * ({@code --add-modules}): the copy learns those options from its errors (the API does not tell them), so it
     * stands for the class; without them, the class fell back to in-place attribution, which refuses a plain
     * method's {@code var} of an anonymous class (usertest round 9, a finding without a report).
     */
    @Test
    void seesThePackagesAndModulesTheBuildOpens() throws Exception {
        String source = """
                package app;

                import jdk.internal.misc.VM;
                import kaa.*;
                import static kaa.Async.*;

                public abstract class Opened {
                    static int counted() {
                        var counter = new Object() { int n; };
                        counter.n++;
                        return counter.n;
                    }

                    @Coroutine
                    InProgress<String> go() {
                        yield_();
                        boolean booted = yield_(InProgress.finished(VM.isBooted()));
                        return done(booted + " " + counted());
                    }
                }
                """;
        Path exported = write("src/app/Opened.java", source);
        compileCopyOnly("--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED", exported);
        assertTrue(Files.exists(work.resolve("classes/app/Opened_CoroutineMachines.class")));

        Path added = write("src2/app/Opened.java", source.replace("jdk.internal.misc.VM", "jdk.incubator.vector.IntVector")
                .replace("VM.isBooted()", "IntVector.SPECIES_64.length() > 0"));
        compileCopyOnly("--add-modules", "jdk.incubator.vector", added);
        assertTrue(Files.exists(work.resolve("classes/app/Opened_CoroutineMachines.class")));
    }

    /**
     * {@code -Akaa.verbose=true} notes each class the processor analyses in javac's own trees, with the reason: here a
     * mistake in a plain method, which makes the copy unusable. Without the option, or for a class whose copy is used,
     * there is no such note. (How a rare fallback in a fuzzer campaign is to be told apart from the copy.)
     */
    @Test
    void verboseNotesAClassAnalysedInPlaceWithTheReason() throws Exception {
        Path broken = write("verbose/app/Broken.java", """
                package app;

                import kaa.*;
                import static kaa.Async.*;

                public abstract class Broken {
                    static int plain() {
                        int n = "not a number";
                        return n;
                    }

                    @Coroutine
                    InProgress<Integer> go() {
                        yield_();
                        return done(1);
                    }
                }
                """);
        Path fine = write("verbose/app/Fine.java", """
                package app;

                import kaa.*;
                import static kaa.Async.*;

                public abstract class Fine {
                    @Coroutine
                    InProgress<Integer> go() {
                        yield_();
                        return done(2);
                    }
                }
                """);
        InProcessCompiler.Compilation verbose = InProcessCompiler.compile(List.of(broken, fine), work.resolve("v"), 17,
                List.of(new CoroutineProcessor()), "-Akaa.verbose=true");
        List<String> notes = inPlaceNotes(verbose);
        assertEquals(1, notes.size(), verbose.report());
        assertTrue(notes.get(0).contains("Broken.java:6:") && notes.get(0).contains("app.Broken")
                && notes.get(0).contains("incompatible types"), notes.get(0));

        InProcessCompiler.Compilation quiet = InProcessCompiler.compile(List.of(broken, fine), work.resolve("q"));
        assertEquals(List.of(), inPlaceNotes(quiet), quiet.report());
    }

    private static List<String> inPlaceNotes(InProcessCompiler.Compilation compilation) {
        return compilation.diagnostics().stream().map(InProcessCompiler.Compilation::format)
                .filter(d -> d.contains("[kaa.attributed-in-place]")).toList();
    }

    private void compileCopyOnly(String option, String value, Path source) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        InProcessCompiler.commandLine("-Akaa.attribution=copy-only", "-source", "17", "-target", "17", "-Xlint:-options",
                option, value, "-classpath", InProcessCompiler.testClassPath(),
                "-processorpath", InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-d", classes.toString(), "-s", Files.createDirectories(work.resolve("generated")).toString(),
                source.toString());
    }

    /**
     * {@code lib.Pick}, compiled into a jar, beside a class whose annotation's type the jar lacks: javac warns when it
     * reads that class ("Cannot find annotation method"), so the copy must never make the main compilation read a
     * class the code does not use (it did, by listing packages through the main task's elements, and JUnit 6's Kotlin
     * classes broke a -Werror build).
     */
    private Path libraryJar() throws IOException {
        Path pick = write("libsrc/lib/Pick.java", PICK);
        Path tagged = write("libsrc/lib/Tagged.java", "package lib; @Tag(\"x\") public class Tagged {}");
        Path tag = write("libsrc/lib/Tag.java", "package lib; public @interface Tag { String value(); }");
        Path classes = Files.createDirectories(work.resolve("libclasses"));
        InProcessCompiler.commandLine("-proc:none", "--release", "17", "-d", classes.toString(), pick.toString(),
                tagged.toString(), tag.toString());
        Path jar = work.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("lib/"));
            for (String name : new String[] {"Pick", "Tagged"}) { // not Tag
                out.putNextEntry(new JarEntry("lib/" + name + ".class"));
                out.write(Files.readAllBytes(classes.resolve("lib/" + name + ".class")));
            }
        }
        return jar;
    }

    /** A jar of the one class {@code packageName.simpleName}, compiled from {@code source}. */
    private Path jar(String packageName, String simpleName, String source) throws IOException {
        Path file = write(packageName + "src/" + packageName + "/" + simpleName + ".java", source);
        Path classes = Files.createDirectories(work.resolve(packageName + "classes"));
        InProcessCompiler.commandLine("-proc:none", "--release", "17", "-d", classes.toString(), file.toString());
        Path jar = work.resolve(packageName + ".jar");
        String entry = packageName + "/" + simpleName + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
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
}
