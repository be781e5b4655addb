package kaa.fuzz.corpus;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kaa.InProgress;
import kaa.fuzz.BatchCompiler;

/**
 * Compiles many classes in one javac task, in memory, with or without the processor: a {@link BatchCompiler} with the
 * corpus's class path (kaa-runtime and the code base's jars) and options.
 * Real code warns a lot, so no {@code -Xlint}/{@code -Werror} here: only errors count. One instance per thread.
 */
final class CorpusCompiler implements AutoCloseable {
    static final List<String> OPTIONS = List.of("--release", "17", "-encoding", "UTF-8", "-Xmaxerrs", "100000",
            "-Xlint:none", "-nowarn", "-implicit:none",
            // go on through attribution and flow analysis after errors (after the processor's too): every class of
            // a batch gets its errors in one task, generated sources included
            "-XDshould-stop.ifError=FLOW");

    private final BatchCompiler compiler;

    CorpusCompiler(List<Path> classPath) {
        StringBuilder path = new StringBuilder(BatchCompiler.location(InProgress.class));
        for (Path p : classPath) {
            path.append(File.pathSeparator).append(p);
        }
        compiler = new BatchCompiler(OPTIONS, path.toString());
    }

    /** Compiles {@code sources} (class name to source), with the processor or without it. */
    BatchCompiler.Result compile(Map<String, String> sources, boolean withProcessor) {
        return compile(sources, withProcessor, true);
    }

    /** Without {@code classFiles}, javac stops after flow analysis: every error is found, nothing is written. */
    BatchCompiler.Result compile(Map<String, String> sources, boolean withProcessor, boolean classFiles) {
        return compiler.compile(sources, withProcessor,
                classFiles ? List.of() : List.of("-XDshould-stop.ifNoError=FLOW"));
    }

    @Override
    public void close() {
        compiler.close();
    }
}
