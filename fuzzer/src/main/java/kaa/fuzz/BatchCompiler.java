package kaa.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import kaa.InProgress;
import kaa.fuzz.support.Fx;
import kaa.processor.CoroutineProcessor;

/**
 * Compiles many programs in one javac task, in memory, with {@link CoroutineProcessor} and the project's options
 * ({@code --release 17 -Xlint:all -Werror}). One instance per thread: it keeps its file manager between tasks.
 *
 * <p>The processor is handed to the task ({@code setProcessors}), which needs no {@code -proc} option on JDK 17 and
 * counts as explicit configuration on JDK 23+. The class path holds kaa-runtime and the fuzzer's support classes,
 * found from where their classes were loaded (the JVM's own class path is Surefire's or Maven's, not ours).
 */
public final class BatchCompiler implements AutoCloseable {
    static final List<String> OPTIONS = List.of("--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8");

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    /** What a compilation left: classes by binary name, generated sources by class name, diagnostics. */
    public record Result(boolean success, Map<String, byte[]> classes, Map<String, String> generated,
            List<Diagnostic<? extends JavaFileObject>> diagnostics, RuntimeException crash) {

        /** Diagnostics as lines {@code KIND File.java:line: message}. */
        public String report() {
            StringBuilder text = new StringBuilder();
            if (crash != null) {
                String trace = crash.getMessage() == null ? crash.toString() : crash.getMessage();
                text.append("javac crashed: ").append(trace.lines().limit(12).reduce((a, b) -> a + "\n" + b)
                        .orElse("")).append('\n');
            }
            for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
                text.append(format(d)).append('\n');
            }
            return text.toString();
        }
    }

    private final StandardJavaFileManager standard;
    private final List<String> options;

    /** The fuzzer's compiler: {@link #OPTIONS}, and the runtime and the harness on the class path. */
    BatchCompiler() {
        this(OPTIONS, location(InProgress.class) + File.pathSeparator + location(Fx.class));
    }

    /** A compiler with {@code options} (which include {@code --release}) and {@code classPath}. */
    public BatchCompiler(List<String> options, String classPath) {
        if (JAVAC == null) {
            throw new IllegalStateException("No system Java compiler: run the fuzzer on a JDK, not a JRE");
        }
        standard = JAVAC.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        try {
            // No source path: javac would otherwise look for sources on the class path and compile them implicitly.
            standard.setLocation(StandardLocation.SOURCE_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.options = new ArrayList<>(options);
        // A class the processor analyses in place rather than in its private copy gets a note that says why, which a
        // failure's report then shows (campaign seed 20261232: an error only in-place analysis explains, not
        // reproduced).
        this.options.add("-Akaa.verbose=true");
        String attribution = System.getProperty("kaa.attribution");
        if (attribution != null) {
            // -Dkaa.attribution=in-place|copy-only: how the processor attributes bodies (CopyAttribution)
            this.options.add("-Akaa.attribution=" + attribution);
        }
        this.options.add("-classpath");
        this.options.add(classPath);
    }

    /** The class path entry (directory or jar) a class was loaded from. */
    public static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles {@code sources} (class name to source), with the processor or without it. */
    Result compile(Map<String, String> sources, boolean withProcessor) {
        return compile(sources, withProcessor, 17);
    }

    /** Compiles {@code sources} with {@code --release release} (17, or 21 for programs with Java 21 constructs). */
    Result compile(Map<String, String> sources, boolean withProcessor, int release) {
        List<String> options = new ArrayList<>(this.options);
        options.set(options.indexOf("--release") + 1, Integer.toString(release));
        return compile(sources, withProcessor, options);
    }

    /** Compiles {@code sources} with this compiler's options and {@code extraOptions}. */
    public Result compile(Map<String, String> sources, boolean withProcessor, Collection<String> extraOptions) {
        List<String> options = new ArrayList<>(this.options);
        options.addAll(extraOptions);
        if (!withProcessor) {
            options.add("-proc:none");
        }
        return compile(sources, withProcessor, options);
    }

    private Result compile(Map<String, String> sources, boolean withProcessor, List<String> options) {
        List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();
        DiagnosticListener<JavaFileObject> listener = d -> diagnostics.add(new Reported(d));
        Memory memory = new Memory(standard);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        boolean success;
        RuntimeException crash = null;
        StringWriter out = new StringWriter();
        try {
            JavaCompiler.CompilationTask task = JAVAC.getTask(out, memory, listener, options, null, units);
            task.setLocale(Locale.ROOT);
            task.setProcessors(withProcessor ? List.of(new CoroutineProcessor()) : List.of());
            success = task.call();
        } catch (RuntimeException e) {
            success = false;
            crash = e;
        } catch (StackOverflowError | AssertionError e) {
            success = false;
            crash = new IllegalStateException(e.toString(), e);
        }
        Map<String, String> generated = new LinkedHashMap<>();
        memory.sources.forEach((name, source) -> generated.put(name, source.text()));
        Map<String, byte[]> classes = new LinkedHashMap<>();
        memory.classes.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        if (crash == null && !success && out.getBuffer().indexOf("An exception has occurred in the compiler") >= 0) {
            crash = new IllegalStateException(out.toString()); // javac caught its own crash and printed it
        }
        return new Result(success && crash == null, classes, generated, List.copyOf(diagnostics), crash);
    }

    /**
     * A diagnostic with its message formatted when javac reported it: javac 25 formats lazily, and may complete
     * symbols from {@code --release}'s ct.sym while doing so, which fails once the task has closed it
     * (ClosedFileSystemException in a corpus run on JDK 25).
     */
    private record Reported(Kind kind, JavaFileObject source, long position, long startPosition, long endPosition,
            long lineNumber, long columnNumber, String code, String message) implements Diagnostic<JavaFileObject> {
        Reported(Diagnostic<? extends JavaFileObject> d) {
            this(d.getKind(), d.getSource(), d.getPosition(), d.getStartPosition(), d.getEndPosition(),
                    d.getLineNumber(), d.getColumnNumber(), d.getCode(), d.getMessage(Locale.ROOT));
        }

        @Override
        public Kind getKind() {
            return kind;
        }

        @Override
        public JavaFileObject getSource() {
            return source;
        }

        @Override
        public long getPosition() {
            return position;
        }

        @Override
        public long getStartPosition() {
            return startPosition;
        }

        @Override
        public long getEndPosition() {
            return endPosition;
        }

        @Override
        public long getLineNumber() {
            return lineNumber;
        }

        @Override
        public long getColumnNumber() {
            return columnNumber;
        }

        @Override
        public String getCode() {
            return code;
        }

        @Override
        public String getMessage(Locale locale) {
            return message;
        }

        @Override
        public String toString() {
            return format(this);
        }
    }

    /** The class a diagnostic is about: the source's name without {@code .java}; null if it has none. */
    public static String className(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null) {
            return null;
        }
        String name = d.getSource().getName();
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".java") ? name.substring(0, name.length() - ".java".length()) : name;
    }

    /** A diagnostic as {@code KIND File.java:line: message}. */
    public static String format(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() == null ? "" : className(d) + ".java:" + d.getLineNumber() + ": ";
        return d.getKind() + " " + where + d.getMessage(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            standard.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI uri(String name, JavaFileObject.Kind kind) {
        return URI.create("mem:///" + name.replace('.', '/') + kind.extension);
    }

    /** A source held in memory: an input, or a processor's output that javac reads in the next round. */
    private static final class Source extends SimpleJavaFileObject {
        private final String name;
        private String text;
        private ByteArrayOutputStream written;

        Source(String name, String text) {
            super(uri(name, Kind.SOURCE), Kind.SOURCE);
            this.name = name;
            this.text = text;
        }

        String text() {
            return text != null ? text : written == null ? "" : written.toString(StandardCharsets.UTF_8);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text();
        }

        @Override
        public OutputStream openOutputStream() {
            text = null;
            written = new ByteArrayOutputStream();
            return written;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A class file javac writes into memory. */
    private static final class ClassOutput extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes;

        ClassOutput(String name, ByteArrayOutputStream bytes) {
            super(uri(name, Kind.CLASS), Kind.CLASS);
            this.bytes = bytes;
        }

        @Override
        public OutputStream openOutputStream() {
            return bytes;
        }
    }

    /** Sends every output to memory; everything else (class path, platform) to the standard file manager. */
    private static final class Memory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, ByteArrayOutputStream> classes = new ConcurrentHashMap<>();
        final Map<String, Source> sources = new LinkedHashMap<>();

        Memory(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            if (kind == JavaFileObject.Kind.CLASS) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                classes.put(className, bytes);
                return new ClassOutput(className, bytes);
            }
            Source source = new Source(className, null);
            sources.put(className, source);
            return source;
        }

        @Override
        public FileObject getFileForOutput(Location location, String packageName, String relativeName,
                FileObject sibling) {
            String name = packageName.isEmpty() ? relativeName : packageName + "/" + relativeName;
            return new ClassOutput(name, new ByteArrayOutputStream());
        }

        @Override
        public boolean hasLocation(Location location) {
            return location == StandardLocation.SOURCE_OUTPUT || location == StandardLocation.CLASS_OUTPUT
                    || super.hasLocation(location);
        }

        @Override
        public String inferBinaryName(Location location, JavaFileObject file) {
            if (file instanceof Source || file instanceof ClassOutput) {
                String path = file.toUri().getPath().substring(1);
                return path.substring(0, path.lastIndexOf('.')).replace('/', '.');
            }
            return super.inferBinaryName(location, file);
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            return a.toUri().equals(b.toUri());
        }

        @Override
        public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                boolean recurse) throws IOException {
            if (location == StandardLocation.CLASS_OUTPUT || location == StandardLocation.SOURCE_OUTPUT) {
                return List.of();
            }
            return super.list(location, packageName, kinds, recurse);
        }
    }
}
