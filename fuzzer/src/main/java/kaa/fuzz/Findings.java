package kaa.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import kaa.fuzz.Outcome.Verdict;

/**
 * Writes a minimised failing program as a compile-and-run case ({@code processor/src/test/resources/cases/README.md}):
 * a header with the expected output, which comes from the plain run of the same body, never from the coroutine; the
 * program; and a {@code main} that prints the coroutine run's trace. It imports the support class
 * {@code kaa.fuzz.support.Fx}, as the batch's programs do: one copy of it serves every finding.
 */
final class Findings {
    private Findings() {}

    /** The lines every abort verdict reads when the lowering is right. */
    static final List<String> ABORT_EXPECTED = List.of(
            "aborted while suspended: true",
            "trace before the abort is a prefix of the plain run: true",
            "every finally ran once, in nested order: true",
            "every resource closed once, in nested order: true",
            "ended failed: true",
            "no loop exception: true");

    /**
     * The case file of a finding.
     *
     * @param className the case's class (and file) name
     * @param minimised the minimiser's result
     * @param plainTrace the plain run's trace: the expected output (unused for an abort finding)
     * @param description free-text lines for the header (what the processor does wrong, when known)
     */
    static String caseFile(String className, Minimiser.Result minimised, List<String> plainTrace,
            List<String> description) {
        Program p = minimised.program().withName(className);
        Outcome o = minimised.outcome();
        StringBuilder s = new StringBuilder();
        for (String line : description) {
            s.append("// ").append(line).append('\n');
        }
        if (p.release() > 17) {
            s.append("// RELEASE: ").append(p.release()).append('\n'); // compiled with --release 21
        }
        s.append("// Found by kaa-fuzzer (").append(p.origin()).append("), minimised from ")
                .append(minimised.sizeBefore()).append(" to ").append(minimised.sizeAfter()).append(" tree nodes.\n");
        s.append("// Outcome: ").append(o.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(", ").append(firstLine(o.detail())).append('\n');
        boolean abort = o.verdict() == Verdict.ABORT_VIOLATION;
        if (abort) {
            s.append("// Aborted after ").append(p.abortAfter()).append(" loop iterations; the expected lines are the"
                    + " abort invariants.\n");
        } else {
            s.append("// The expected output is the plain Java run of the same body (yield_(x) replaced by x's"
                    + " outcome).\n");
        }
        s.append("// OUTPUT:\n");
        for (String line : abort ? ABORT_EXPECTED : plainTrace) {
            s.append(line.isEmpty() ? "//" : "// " + line).append('\n');
        }
        TreeSet<String> imports = new TreeSet<>(Renderer.IMPORTS);
        imports.add(Renderer.FX_IMPORT);
        imports.forEach(i -> s.append(i).append('\n'));
        s.append(Renderer.STATIC_IMPORT).append("\n\n");
        String main = abort
                ? "        Fx.mainAborted(" + className + "::runPlain, " + className + "::runCoroutine, "
                        + p.abortAfter() + ");\n"
                : "        Fx.main(args, " + className + "::runPlain, " + className + "::runCoroutine);\n";
        String nested = "\n    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain"
                + " one. */\n"
                + "    public static void main(String[] args) {\n" + main + "    }\n";
        s.append(Renderer.classSource(p, true, nested));
        return s.toString();
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** Writes {@code content} to {@code dir/className.java}; returns the path. */
    static Path write(Path dir, String className, String content) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(className + ".java");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
