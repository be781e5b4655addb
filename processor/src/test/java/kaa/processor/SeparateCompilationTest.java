package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes compiled at different times, as in two modules where only one is rebuilt (usertest round 8, finding 01): a
 * subclass of the user's class whose generated class was compiled before the superclass gained a coroutine.
 */
class SeparateCompilationTest {
    private static final String BASE_BEFORE = """
            package a;

            import kaa.*;
            import static kaa.Async.*;

            public abstract class Base {
                @Coroutine
                public InProgress<Integer> square(int x) {
                    yield_();
                    return done(x * x);
                }
            }
            """;
    /** The same class with a coroutine more, which {@code square} awaits: binary compatible in Java. */
    private static final String BASE_AFTER = """
            package a;

            import kaa.*;
            import static kaa.Async.*;

            public abstract class Base {
                @Coroutine
                public InProgress<Integer> square(int x) {
                    int cubed = yield_(cube(x));
                    return done(cubed / x);
                }

                @Coroutine
                public InProgress<Integer> cube(int x) {
                    yield_();
                    return done(x * x * x);
                }
            }
            """;
    private static final String DERIVED = """
            package b;

            import kaa.*;
            import static kaa.Async.*;

            public abstract class Derived extends a.Base {
                @Coroutine
                public InProgress<Integer> both(int x) {
                    int squared = yield_(square(x));
                    return done(squared + 1);
                }

                public static void main(String[] args) {
                    System.out.println(new Derived_Coroutines().both(3).await());
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void aSubclassCompiledBeforeItsSuperclassGainedACoroutineSaysToRecompileIt() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        compile(classes, "a/Base.java", BASE_BEFORE);
        compile(classes, "b/Derived.java", DERIVED);
        assertEquals("10", InProcessCompiler.runMain("b.Derived", classes));

        compile(classes, "a/Base.java", BASE_AFTER); // only module a is built again
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> InProcessCompiler.runMain("b.Derived", classes));
        // not "compiled without the processor": it was, and the message says what to do instead
        assertTrue(failure.getMessage().startsWith("Base.cube() ran its body as written")
                && failure.getMessage().contains("Base_Coroutines exists")
                && failure.getMessage().contains("recompile the classes that extend Base"), failure.getMessage());
        // the frame of the body that ran as written is kept, with its line, above the machine that called it
        String trace = Arrays.toString(failure.getStackTrace());
        assertTrue(trace.contains("a.Base.cube(Base.java:")
                && trace.indexOf("a.Base.cube(") < trace.indexOf("a.Base.square("), trace);

        compile(classes, "b/Derived.java", DERIVED); // and rebuilt, it runs
        assertEquals("10", InProcessCompiler.runMain("b.Derived", classes));
    }

    /** Compiles one source with the processor into {@code classes}, which is also the class path. */
    private void compile(Path classes, String relative, String text) throws IOException {
        Path source = work.resolve("src").resolve(relative);
        Files.createDirectories(source.getParent());
        Files.writeString(source, text, StandardCharsets.UTF_8);
        InProcessCompiler.commandLine("--release", "17", "-Xlint:all", "-Xlint:-processing", "-Werror",
                "-classpath", InProcessCompiler.testClassPath() + java.io.File.pathSeparator + classes,
                "-processorpath", InProcessCompiler.testClassPath(), "-processor", CoroutineProcessor.class.getName(),
                "-implicit:none", "-d", classes.toString(),
                "-s", Files.createDirectories(work.resolve("generated")).toString(), source.toString());
    }
}
