package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body far larger than one state machine method can hold (bug 24, "code too large": its plain version is 39 KB of
 * bytecode, the machine's single {@code resume()} was over 64 KB). The machine's states then become methods of their
 * own. The program is generated: a coroutine and the same statements as a plain method, whose results must agree.
 * The body also has what a split must keep working: a local class whose instance lives across {@code yield_}, a
 * lambda capturing a hoisted variable, a lowered {@code try}/{@code catch}/{@code finally} (handlers read the caught
 * exception in another method), {@code break} out of a lowered loop, and a {@code return} through the finally.
 */
class LargeBodyTest {
    @TempDir
    Path work;

    @Test
    void aBodyTooLargeForOneMethodCompilesAndComputesWhatPlainJavaDoes() throws Exception {
        Path source = work.resolve("Big.java");
        Files.writeString(source, program(2_300, 300, 50));
        InProcessCompiler.Compilation compilation = InProcessCompiler.compile(List.of(source), work);
        assertTrue(compilation.success(), () -> "compilation failed" + compilation.report());
        String machines = compilation.generatedSources().get("Big_CoroutineMachines.java");
        assertTrue(machines.contains("final class States"), "the large body's states are methods of their own");
        try (URLClassLoader loader = compilation.newIsolatedClassLoader()) {
            Method compare = loader.loadClass("Big").getMethod("compare");
            assertEquals("equal", compare.invoke(null));
        }
    }

    @Test
    void aSmallBodyKeepsOneResumeMethod() throws Exception {
        Path source = work.resolve("Big.java");
        Files.writeString(source, program(40, 5, 5));
        InProcessCompiler.Compilation compilation = InProcessCompiler.compile(List.of(source), work);
        assertTrue(compilation.success(), () -> "compilation failed" + compilation.report());
        assertFalse(compilation.generatedSources().get("Big_CoroutineMachines.java").contains("class States"));
        try (URLClassLoader loader = compilation.newIsolatedClassLoader()) {
            assertEquals("equal", loader.loadClass("Big").getMethod("compare").invoke(null));
        }
    }

    /**
     * A class with {@code @Coroutine big()} and {@code plain()}: {@code statements} assignments over {@code locals}
     * long variables, {@code awaits} of them adding an awaited value ({@code yield_(InProgress.finished(k))} in the
     * coroutine, {@code k} in the plain method), and the constructs listed in the class comment.
     */
    static String program(int statements, int awaits, int locals) {
        Random random = new Random(24);
        StringBuilder body = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < locals; i++) {
            String line = "        long v" + i + " = " + i + ";\n";
            body.append(line);
            plain.append(line);
        }
        String shared = """
                        class Acc {
                            long total;
                            void add(long x) { total = total * 7 + x; }
                        }
                        Acc acc = new Acc();
                        long captured = v1 + 3;
                        java.util.function.LongUnaryOperator f = x -> x * 3 + captured;
                """;
        body.append(shared);
        plain.append(shared);
        int awaitEvery = Math.max(1, statements / awaits);
        for (int i = 0; i < statements; i++) {
            int a = random.nextInt(locals);
            int b = random.nextInt(locals);
            int c = random.nextInt(locals);
            if (i % awaitEvery == 0) {
                body.append("        v").append(a).append(" += yield_(InProgress.finished(").append(i).append("L));\n");
                plain.append("        v").append(a).append(" += ").append(i).append("L;\n");
            } else {
                String line = "        v" + a + " = v" + a + " * 31 + v" + b + " + " + (i % 97) + ";\n";
                body.append(line);
                plain.append(line);
            }
            if (i % 200 == 0) {
                String line = "        acc.add(f.applyAsLong(v" + c + "));\n";
                body.append(line);
                plain.append(line);
            }
        }
        body.append("""
                        int rounds = 0;
                        while (true) {
                            try {
                                if (yield_(InProgress.finished(rounds)) == 3) break;
                                if (rounds == 2) throw new IllegalStateException("two");
                            } catch (IllegalStateException e) {
                                acc.add(e.getMessage().length());
                            } finally {
                                rounds++;
                            }
                        }
                        try {
                            acc.add(yield_(InProgress.finished(5L)));
                            return done(acc.total + v0 + v1 + v2 + v3 + v4 + rounds);
                        } finally {
                            acc.add(1);
                        }
                """);
        plain.append("""
                        int rounds = 0;
                        while (true) {
                            try {
                                if (rounds == 3) break;
                                if (rounds == 2) throw new IllegalStateException("two");
                            } catch (IllegalStateException e) {
                                acc.add(e.getMessage().length());
                            } finally {
                                rounds++;
                            }
                        }
                        try {
                            acc.add(5L);
                            return acc.total + v0 + v1 + v2 + v3 + v4 + rounds;
                        } finally {
                            acc.add(1);
                        }
                """);
        return "import kaa.*;\nimport static kaa.Async.*;\n\npublic abstract class Big {\n"
                + "    @Coroutine\n    static InProgress<Long> big() {\n" + body + "    }\n\n"
                + "    static long plain() {\n" + plain + "    }\n\n"
                + "    public static String compare() {\n"
                + "        long coroutine = Big_Coroutines.big().await();\n"
                + "        long expected = plain();\n"
                + "        return coroutine == expected ? \"equal\" : coroutine + \" != \" + expected;\n"
                + "    }\n}\n";
    }
}
