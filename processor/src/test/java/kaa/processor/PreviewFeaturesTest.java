package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coroutines that use a preview feature of the running JDK ({@code --enable-preview}, whose class files only a JVM
 * started with the same option loads: the program runs in a process of its own).
 */
class PreviewFeaturesTest {
    @TempDir
    Path work;

    /**
     * Primitive type patterns (a preview of Java 23 to 25) in a switch on an {@code int}, with a {@code yield_} in a
     * guard: the selector is never null, and constants compare by value (usertest round 9: the machine tested
     * {@code selector == null} on an {@code int}, which does not compile); and a switch on a {@code boolean} with both
     * constants, which javac takes as exhaustive (a statement after the lowered switch was unreachable).
     */
    @Test
    void primitivePatternsInASwitchOnAnInt() throws Exception {
        int feature = Runtime.version().feature();
        Assumptions.assumeTrue(feature >= 23, "primitive patterns are a preview of Java 23 and later");
        Path source = Files.writeString(work.resolve("Prim.java"), """
                import kaa.*;
                import static kaa.Async.*;

                public abstract class Prim {
                    @Coroutine
                    static InProgress<String> kind(int code) {
                        String k = switch (code) {
                            case 0 -> "zero";
                            case int i when i > yield_(InProgress.finished(100)) -> "big";
                            case int i -> "small " + i;
                        };
                        return done(k);
                    }

                    @Coroutine
                    static InProgress<String> ofDouble(double d) {
                        yield_();
                        return done(switch (d) {
                            case 0.5 -> "half";
                            case double x when x < 0 -> "negative";
                            case double x -> "other " + x;
                        });
                    }

                    @Coroutine
                    static InProgress<String> ofBoolean(boolean f) {
                        String u = switch (f) {
                            case true -> "T";
                            case false -> yield_(InProgress.finished("F"));
                        };
                        switch (f) {
                            case true -> u += "t";
                            case false -> u += yield_(InProgress.finished("f"));
                        }
                        return done(u);
                    }

                    public static void main(String[] args) {
                        System.out.println(Prim_Coroutines.kind(0).await() + ", " + Prim_Coroutines.kind(5).await()
                                + ", " + Prim_Coroutines.kind(500).await() + ", " + Prim_Coroutines.ofDouble(0.5).await()
                                + ", " + Prim_Coroutines.ofDouble(-1).await() + ", "
                                + Prim_Coroutines.ofDouble(2).await() + ", " + Prim_Coroutines.ofBoolean(false).await()
                                + Prim_Coroutines.ofBoolean(true).await());
                    }
                }
                """, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));
        InProcessCompiler.commandLine("--release", String.valueOf(feature), "--enable-preview", "-Xlint:all",
                "-Xlint:-preview", "-Xlint:-processing", "-Werror", "-classpath", InProcessCompiler.testClassPath(),
                "-processorpath", InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-d", classes.toString(), "-s", Files.createDirectories(work.resolve("generated")).toString(),
                source.toString());

        String java = ProcessHandle.current().info().command().orElse("java");
        Process run = new ProcessBuilder(List.of(java, "--enable-preview", "-cp",
                classes + File.pathSeparator + InProcessCompiler.testClassPath(), "Prim"))
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        run.waitFor(30, TimeUnit.SECONDS);
        assertEquals("zero, small 5, big, half, negative, other 2.0, FfTt", output);
    }
}
