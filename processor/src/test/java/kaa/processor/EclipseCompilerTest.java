package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.palantir.javapoet.JavaFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under Eclipse's compiler, which has no {@code com.sun.source} trees, the processor cannot read bodies: a tagged
 * error at each annotated method says so and what to do, where it used to throw out of {@code init}. (That the sources
 * javac generated compile with Eclipse's compiler is checked for every case by {@link CompileAndRunTest}.)
 */
class EclipseCompilerTest {
    private static final String SOURCE = """
            import kaa.*;
            import static kaa.Async.*;

            public abstract class Counter {
                @Coroutine
                InProgress<Integer> count() {
                    int n = 0;
                    for (int i = 0; i < 3; i++) {
                        n += yield_(InProgress.finished(i));
                    }
                    return done(n);
                }

                @Threaded
                InProgress<String> name() {
                    return done("counter");
                }
            }
            """;

    @Test
    void eachAnnotatedMethodGetsAnErrorSayingTheProcessorNeedsJavac(@TempDir Path workDir) throws Exception {
        Path source = Files.writeString(workDir.resolve("Counter.java"), SOURCE);
        String processorPath = location(CoroutineProcessor.class) + File.pathSeparator + location(JavaFile.class);

        EclipseCompiler.Result result = EclipseCompiler.compile(List.of(source), 17, workDir.resolve("out"),
                processorPath);

        assertFalse(result.success(), result::output);
        assertFalse(result.output().contains("Exception"), result::output);
        Matcher errors = Pattern.compile("ERROR in .*Counter\\.java \\(at line (\\d+)\\)\\n.*\\n.*\\n"
                + "\\[kaa\\.not-javac\\] kaa-processor rewrites coroutine bodies.*is not javac\\. Compile with javac")
                .matcher(result.output());
        assertTrue(errors.find() && errors.group(1).equals("6") && errors.find() && errors.group(1).equals("15"),
                result::output);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
