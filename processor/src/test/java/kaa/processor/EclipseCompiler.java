package kaa.processor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.core.compiler.batch.BatchCompiler;

/**
 * Eclipse's compiler (ecj), the one Eclipse and VS Code's Java support compile with, in-process through its batch
 * API, on the test class path.
 */
final class EclipseCompiler {
    private EclipseCompiler() {}

    /** What a compilation printed, and whether it succeeded. */
    record Result(boolean success, String output) {}

    /**
     * Compiles {@code sources} for {@code release} into {@code out}; {@code processorPath} runs kaa-processor (and
     * nothing else) when given, else annotation processing is off.
     */
    static Result compile(List<Path> sources, int release, Path out, String processorPath) throws IOException {
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("-" + release, "-encoding", "UTF-8", "-nowarn", "-d",
                out.toString(), "-cp", InProcessCompiler.testClassPath()));
        if (processorPath == null) {
            args.add("-proc:none");
        } else {
            args.addAll(List.of("-processorpath", processorPath, "-s", out.toString()));
        }
        sources.forEach(source -> args.add(source.toString()));
        StringWriter printed = new StringWriter();
        PrintWriter writer = new PrintWriter(printed);
        boolean success = BatchCompiler.compile(args.toArray(String[]::new), writer, writer, null);
        writer.flush();
        return new Result(success, printed.toString());
    }

    /** Every {@code .java} file under {@code dir}. */
    static List<Path> javaFilesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
