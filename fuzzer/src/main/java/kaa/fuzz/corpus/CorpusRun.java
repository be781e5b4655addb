package kaa.fuzz.corpus;

import kaa.fuzz.BatchCompiler;
import kaa.fuzz.Loaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import kaa.InProgress;
import kaa.fuzz.corpus.Stats.Outcome;
import kaa.processor.CoroutineProcessor;

/**
 * The real-code corpus: every method with a body in real, widely used Java sources becomes a {@code @Coroutine}
 * ({@link Extractor}), is compiled plain ({@code -proc:none}: does the rewritten method compile at all, i.e. is it
 * self-contained?) and then with the processor, and each outcome is counted ({@link Stats.Outcome}). Static pure-looking
 * methods of primitives and strings are also run both ways ({@link Differential}). Every failure of the processor is
 * attributed to one method (batches that crash are bisected) and written as a reproducer to the findings directory.
 *
 * <p>Usage: {@code CorpusRun [--jdk-src PATH] [--no-jdk] [--code-base NAME=SOURCES.jar[:CLASSPATH...]] [--methods N]
 * [--batch B] [--seed S] [--shuffle] [--reverse] [--no-libraries] [--jdk-packages java|javax|java,javax]
 * [--include REGEX] [--threads T] [--minutes M] [--findings DIR] [--misplaced K]}. Without {@code --code-base}: the
 * JDK's {@code lib/src.zip} (of the running JDK, else of {@code --jdk-src}) and the sources jars of Guava,
 * commons-lang3, commons-collections4, commons-math3 and commons-text found on the class path (test-scope dependencies
 * of this module).
 */
public final class CorpusRun {
    /** A code base: its sources archive, what its code needs on the class path, and whether to relocate it. */
    record CodeBase(String name, Path sources, List<Path> classPath, boolean relocate) {}

    /** Known code bases: a marker class, and the classes whose jars the code needs. */
    private static final Map<String, List<String>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("guava", List.of("com/google/common/collect/ImmutableList",
                "com/google/common/util/concurrent/internal/InternalFutureFailureAccess",
                "javax/annotation/CheckForNull", "org/checkerframework/checker/nullness/qual/Nullable",
                "com/google/errorprone/annotations/CanIgnoreReturnValue", "com/google/j2objc/annotations/Weak"));
        KNOWN.put("commons-lang3", List.of("org/apache/commons/lang3/StringUtils"));
        KNOWN.put("commons-collections4", List.of("org/apache/commons/collections4/CollectionUtils"));
        KNOWN.put("commons-math3", List.of("org/apache/commons/math3/util/FastMath"));
        KNOWN.put("commons-text", List.of("org/apache/commons/text/StringSubstitutor",
                "org/apache/commons/lang3/StringUtils"));
    }

    /** Options of one run. */
    static final class Options {
        final List<CodeBase> codeBases = new ArrayList<>();
        int methods = Integer.MAX_VALUE;
        int batch = 200;
        long seed = 17;
        boolean shuffle;
        /** Files in the reverse of their (shuffled) order: a second process takes the other end of a code base. */
        boolean reverse;
        Path findings;
        /** One method in K also gets a deliberately misplaced yield_() variant (0: none). */
        int misplaced = 5;
        /** Workers per code base (the code bases run one after the other). */
        int threads = 1;
        /** Stop taking new methods after this long (the batches under way finish). */
        double minutes = Double.POSITIVE_INFINITY;
        PrintStream log = System.out;
        /** Only the files whose name in the archive matches this (null: all). */
        Pattern include;
    }

    private final Options options;
    final Stats stats = new Stats();
    private final Set<String> written = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    private final long deadline;
    private static final boolean DEBUG = Boolean.getBoolean("kaa.corpus.debug");

    CorpusRun(Options options) {
        this.options = options;
        this.deadline = System.nanoTime() + (long) Math.min(options.minutes * 60e9, Long.MAX_VALUE / 2);
    }

    public static void main(String[] args) throws IOException {
        Options o = new Options();
        boolean jdk = true;
        boolean libraries = true;
        String jdkPackages = "java";
        Path jdkSrc = null;
        List<String> named = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jdk-src":
                    jdkSrc = Path.of(args[++i]);
                    break;
                case "--no-jdk":
                    jdk = false;
                    break;
                case "--code-base":
                    named.add(args[++i]);
                    break;
                case "--methods":
                    o.methods = Integer.parseInt(args[++i]);
                    break;
                case "--batch":
                    o.batch = Integer.parseInt(args[++i]);
                    break;
                case "--seed":
                    o.seed = Long.parseLong(args[++i]);
                    break;
                case "--shuffle":
                    o.shuffle = true;
                    break;
                case "--reverse":
                    o.reverse = true;
                    break;
                case "--jdk-packages":
                    jdkPackages = args[++i];
                    break;
                case "--no-libraries":
                    libraries = false;
                    break;
                case "--findings":
                    o.findings = Path.of(args[++i]);
                    break;
                case "--include":
                    o.include = Pattern.compile(args[++i]);
                    break;
                case "--threads":
                    o.threads = Integer.parseInt(args[++i]);
                    break;
                case "--minutes":
                    o.minutes = Double.parseDouble(args[++i]);
                    break;
                case "--misplaced":
                    o.misplaced = Integer.parseInt(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (o.findings == null) {
            o.findings = Files.isDirectory(Path.of("fuzzer")) ? Path.of("fuzzer", "corpus-findings")
                    : Path.of("corpus-findings");
        }
        if (named.isEmpty() && libraries) {
            List<String> names = new ArrayList<>(KNOWN.keySet());
            Collections.reverse(names); // the small ones first: their numbers come early
            for (String name : names) {
                o.codeBases.add(known(name));
            }
        } else {
            for (String spec : named) {
                String[] parts = spec.split("=", 2);
                if (parts.length == 1) {
                    o.codeBases.add(known(parts[0]));
                    continue;
                }
                String[] paths = parts[1].split(java.io.File.pathSeparator);
                List<Path> cp = new ArrayList<>();
                for (int k = 1; k < paths.length; k++) {
                    cp.add(Path.of(paths[k]));
                }
                o.codeBases.add(new CodeBase(parts[0], Path.of(paths[0]), cp, false));
            }
        }
        if (jdk) {
            Path src = jdkSrc(jdkSrc);
            o.log.println("JDK sources: " + src + " (compiled and run on " + System.getProperty("java.home") + ")");
            for (String packages : jdkPackages.split(",")) { // each a code base: java (jdk), javax (jdk-javax)
                o.codeBases.add(new CodeBase(packages.equals("java") ? "jdk" : "jdk-" + packages, src, List.of(),
                        true));
            }
        }
        long start = System.nanoTime();
        CorpusRun run = new CorpusRun(o);
        run.run();
        o.log.println(run.stats.report());
        o.log.printf(Locale.ROOT, "%.1f minutes%n", (System.nanoTime() - start) / 60e9);
        System.exit(run.stats.failures() == 0 ? 0 : 1);
    }

    /** The running JDK's lib/src.zip, else the one given, else JDK 25's where this machine has it. */
    static Path jdkSrc(Path given) {
        Path own = Path.of(System.getProperty("java.home"), "lib", "src.zip");
        if (Files.isRegularFile(own)) {
            return own;
        }
        if (given != null) {
            return given;
        }
        Path fallback = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");
        if (Files.isRegularFile(fallback)) {
            return fallback;
        }
        throw new IllegalStateException("The running JDK has no lib/src.zip: give one with --jdk-src");
    }

    /** A known code base, found on the class path: its sources jar and its (and its dependencies') jars. */
    static CodeBase known(String name) {
        List<String> markers = KNOWN.get(name);
        ClassLoader loader = CorpusRun.class.getClassLoader();
        Path sources = jarOf(loader.getResource(markers.get(0) + ".java"), name + " sources");
        List<Path> cp = new ArrayList<>();
        for (String marker : markers) {
            URL url = loader.getResource(marker + ".class");
            if (url != null) {
                cp.add(jarOf(url, marker));
            }
        }
        return new CodeBase(name, sources, cp, false);
    }

    private static Path jarOf(URL url, String what) {
        if (url == null || !url.getProtocol().equals("jar")) {
            throw new IllegalStateException("not found on the class path as a jar: " + what
                    + " (run with the test class path: -Dexec.classpathScope=test)");
        }
        String file = url.getPath();
        file = file.substring(0, file.indexOf("!/"));
        try {
            return Path.of(new URL(file).toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void run() throws IOException {
        for (CodeBase cb : options.codeBases) {
            runCodeBase(cb);
        }
    }

    /**
     * One code base, its files shared by {@code --threads} workers (each with its own javac, extractor and
     * differential runner): code bases one after the other, so the largest does not end up on one core alone.
     */
    private void runCodeBase(CodeBase cb) throws IOException {
        long start = System.nanoTime();
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(cb.sources().toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (wanted(cb, entry.getName())
                        && (options.include == null || options.include.matcher(entry.getName()).find())) {
                    entries.add(entry);
                }
            }
        }
        entries.sort((a, b) -> a.getName().compareTo(b.getName()));
        if (options.shuffle) {
            Collections.shuffle(entries, new Random(options.seed));
        }
        if (options.reverse) {
            Collections.reverse(entries);
        }
        options.log.println(cb.name() + ": " + entries.size() + " files");
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger extracted = new java.util.concurrent.atomic.AtomicInteger();
        if (options.threads <= 1) {
            work(cb, entries, next, extracted);
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    options.threads);
            List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < options.threads; i++) {
                workers.add(pool.submit(() -> {
                    work(cb, entries, next, extracted);
                    return null;
                }));
            }
            try {
                for (java.util.concurrent.Future<?> f : workers) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        options.log.printf(Locale.ROOT, "%s: %d methods tried in %.1f s%n", cb.name(), stats.tried(cb.name()),
                (System.nanoTime() - start) / 1e9);
    }

    /** One worker: takes the next file of the code base until none is left, the time is up or enough methods. */
    private void work(CodeBase cb, List<ZipEntry> entries, java.util.concurrent.atomic.AtomicInteger next,
            java.util.concurrent.atomic.AtomicInteger extracted) throws IOException {
        Extractor extractor = new Extractor(options.seed);
        try (ZipFile zip = new ZipFile(cb.sources().toFile());
                CorpusCompiler compiler = new CorpusCompiler(cb.classPath());
                Differential differential = new Differential();
                URLClassLoader libraries = new URLClassLoader(urls(cb.classPath()), CorpusRun.class.getClassLoader())) {
            int misplacedCounter = 0;
            List<Candidate> batch = new ArrayList<>();
            for (int i = next.getAndIncrement(); i < entries.size(); i = next.getAndIncrement()) {
                if (extracted.get() >= options.methods || System.nanoTime() > deadline) {
                    break;
                }
                ZipEntry entry = entries.get(i);
                String text;
                try (InputStream in = zip.getInputStream(entry)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String path = entry.getName();
                Extractor.Unit unit = extractor.extract(cb.name(), path, text, cb.relocate(), true);
                synchronized (stats) {
                    stats.files.merge(cb.name(), 1, Integer::sum);
                    if (!unit.parsed()) {
                        stats.unparsed.merge(cb.name(), 1, Integer::sum);
                        continue;
                    }
                }
                for (Candidate c : unit.candidates()) {
                    if (c.misplaced()) {
                        if (options.misplaced <= 0 || ++misplacedCounter % options.misplaced != 0) {
                            continue;
                        }
                    } else if (extracted.getAndIncrement() >= options.methods) {
                        continue;
                    }
                    batch.add(c);
                    if (batch.size() >= options.batch) {
                        process(cb, compiler, differential, libraries, batch);
                        batch = new ArrayList<>();
                    }
                }
            }
            if (!batch.isEmpty()) {
                process(cb, compiler, differential, libraries, batch);
            }
        }
    }

    private static URL[] urls(List<Path> paths) {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = paths.get(i).toUri().toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    private static boolean wanted(CodeBase cb, String name) {
        if (!name.endsWith(".java") || name.endsWith("module-info.java") || name.endsWith("package-info.java")) {
            return false;
        }
        if (cb.relocate()) {
            // src.zip: <module>/<package path>/X.java; only the java.* API packages (the rest is not exported)
            int slash = name.indexOf('/');
            String prefix = cb.name().equals("jdk") ? "java/" : cb.name().substring("jdk-".length()) + "/";
            return slash > 0 && name.startsWith(prefix, slash + 1);
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private int progress;

    /** Compiles one batch plain, then the self-contained rest with the processor, and counts each method. */
    void process(CodeBase cb, CorpusCompiler compiler, Differential differential, ClassLoader libraries,
            List<Candidate> batch) {
        List<Candidate> plain = plainPass(cb, compiler, batch);
        processorPass(cb, compiler, differential, libraries, plain);
        synchronized (stats) {
            progress += batch.size();
            if (progress >= 2000) {
                progress = 0;
                options.log.println("... " + stats.tried() + " tried; failures " + stats.failures() + "; "
                        + stats.outcomes);
            }
        }
    }

    private static Map<String, String> sources(List<Candidate> list, boolean withPlain) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Candidate c : list) {
            sources.put(c.qualified(c.className()), c.source());
            if (withPlain && c.differential()) {
                sources.put(c.qualified(c.plainClassName()), c.plainSource());
            }
        }
        return sources;
    }

    /**
     * Keeps the methods whose rewritten class compiles without the processor; drops plain copies that do not. One
     * task: javac goes on to flow analysis after errors, so each class's errors are its own.
     */
    private List<Candidate> plainPass(CodeBase cb, CorpusCompiler compiler, List<Candidate> batch) {
        BatchCompiler.Result r = compiler.compile(sources(batch, true), false, false);
        if (r.success()) {
            return batch;
        }
        if (r.crash() != null || unattributed(r, batch)) {
            if (batch.size() == 1) {
                count(cb, batch.get(0), Outcome.PLAIN_JAVAC_CRASH, null);
                return List.of();
            }
            List<Candidate> ok = new ArrayList<>(plainPass(cb, compiler, batch.subList(0, batch.size() / 2)));
            ok.addAll(plainPass(cb, compiler, batch.subList(batch.size() / 2, batch.size())));
            return ok;
        }
        Map<String, String> firstError = errors(r);
        List<Candidate> next = new ArrayList<>();
        for (Candidate c : batch) {
            String error = firstError.get(c.className());
            if (error != null) {
                count(cb, c, Outcome.NOT_SELF_CONTAINED, null);
                if (!c.misplaced()) {
                    synchronized (stats) {
                        stats.notSelfContainedReasons.merge(reason(error), 1, Integer::sum);
                    }
                    if (DEBUG) {
                        options.log.println("not self-contained: " + c.key() + ": " + error.lines().findFirst()
                                .orElse(""));
                    }
                }
            } else if (c.differential() && firstError.containsKey(c.plainClassName())) {
                next.add(withoutPlain(c));
            } else {
                next.add(c);
            }
        }
        return next;
    }

    private static Candidate withoutPlain(Candidate c) {
        return new Candidate(c.key(), c.codeBase(), c.pkg(), c.className(), c.source(), c.coroutineName(), null, null,
                null, c.returnType(), c.misplaced(), c.expectedTag());
    }

    private static final Pattern MESSAGE_HEAD = Pattern.compile("^([^:'\\n(]*)");

    private static String reason(String error) {
        Matcher m = MESSAGE_HEAD.matcher(error);
        String head = m.find() ? m.group(1).trim() : error;
        return head.length() > 40 ? head.substring(0, 40) : head;
    }

    /** Whether some error names no class of the batch (then the batch is bisected). */
    private static boolean unattributed(BatchCompiler.Result r, List<Candidate> batch) {
        Set<String> names = new java.util.HashSet<>();
        for (Candidate c : batch) {
            names.add(c.className());
            names.add(c.className() + "_Coroutines");
            names.add(c.className() + "_CoroutineMachines");
            if (c.differential()) {
                names.add(c.plainClassName());
            }
        }
        for (Diagnostic<? extends JavaFileObject> d : r.diagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String name = BatchCompiler.className(d);
                if (name == null || !names.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first error message of each class that has one. */
    private static Map<String, String> errors(BatchCompiler.Result r) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : r.diagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                first.putIfAbsent(BatchCompiler.className(d), d.getMessage(Locale.ROOT));
            }
        }
        return first;
    }

    private static final Pattern TAG = Pattern.compile("\\[kaa\\.([a-z-]+)\\]");

    /** Compiles with the processor; classifies each method; bisects crashes and unattributed errors. */
    private void processorPass(CodeBase cb, CorpusCompiler compiler, Differential differential,
            ClassLoader libraries, List<Candidate> batch) {
        List<Candidate> left = new ArrayList<>(batch);
        boolean classFiles = false; // only the methods run both ways need class files: a second task
        while (!left.isEmpty()) {
            BatchCompiler.Result r = compiler.compile(sources(left, true), true, classFiles);
            if (r.success() && !classFiles) {
                List<Candidate> run = new ArrayList<>();
                for (Candidate c : left) {
                    if (c.differential() && !differential.disabled) {
                        run.add(c);
                    } else {
                        compiled(cb, differential, libraries, List.of(c), null);
                    }
                }
                left = run;
                classFiles = true;
                continue;
            }
            if (r.success()) {
                compiled(cb, differential, libraries, left, r);
                return;
            }
            if (r.crash() != null || unattributed(r, left)) {
                if (left.size() == 1) {
                    Candidate c = left.get(0);
                    String text = r.crash() != null ? trace(r.crash()) : r.report();
                    boolean processor = text.contains("kaa.processor.");
                    if (!hiddenPlainError(cb, compiler, c)) {
                        // no crash: errors in a file that is none of the method's (javac's own, or a stray one)
                        count(cb, c, processor ? Outcome.PROCESSOR_EXCEPTION
                                : r.crash() != null ? Outcome.JAVAC_CRASH : Outcome.UNTAGGED_ERROR, text);
                    }
                    return;
                }
                processorPass(cb, compiler, differential, libraries, left.subList(0, left.size() / 2));
                processorPass(cb, compiler, differential, libraries, left.subList(left.size() / 2, left.size()));
                return;
            }
            Map<String, List<String>> byClass = new LinkedHashMap<>();
            for (Diagnostic<? extends JavaFileObject> d : r.diagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    byClass.computeIfAbsent(BatchCompiler.className(d), k -> new ArrayList<>())
                            .add(BatchCompiler.format(d));
                }
            }
            List<Candidate> next = new ArrayList<>();
            // An error the processor reports in its first round ends annotation processing: no class of the task then
            // gets its X_CoroutineMachines. Errors in generated files count only in a task where no class has its own.
            boolean ownErrors = left.stream().anyMatch(c -> byClass.containsKey(c.className()));
            for (Candidate c : left) {
                List<String> generated = generatedErrors(byClass, c);
                List<String> own = byClass.get(c.className());
                if (own == null && generated != null && ownErrors) {
                    next.add(c);
                } else if (own != null) {
                    String all = String.join("\n", own);
                    Matcher tag = TAG.matcher(all);
                    if (all.contains("[kaa.internal-error]")) {
                        if (!hiddenPlainError(cb, compiler, c)) {
                            count(cb, c, Outcome.PROCESSOR_EXCEPTION, all);
                        }
                    } else if (tag.find()) {
                        if (!hiddenPlainError(cb, compiler, c)) {
                            rejected(cb, c, tag.group(1));
                        }
                    } else if (!hiddenPlainError(cb, compiler, c)) {
                        count(cb, c, Outcome.UNTAGGED_ERROR, all);
                    }
                } else if (generated != null && hiddenPlainError(cb, compiler, c)) {
                    continue;
                } else if (generated != null) {
                    String text = String.join("\n", generated) + "\n\ngenerated source:\n"
                            + r.generated().getOrDefault(c.qualified(c.className() + "_Coroutines"), "") + "\n"
                            + r.generated().getOrDefault(c.qualified(c.className() + "_CoroutineMachines"), "");
                    count(cb, c, Outcome.GENERATED_REJECTED, text);
                } else if (c.differential() && byClass.containsKey(c.plainClassName())) {
                    next.add(withoutPlain(c)); // should not happen: it compiled plain
                } else {
                    next.add(c);
                }
            }
            if (next.size() < left.size() && !next.isEmpty()) {
                // compile the rest again: in a task with errors javac may not report every error of every class
                left = next;
                classFiles = false;
                continue;
            }
            if (next.size() == left.size()) { // errors only elsewhere: cannot attribute, bisect
                if (left.size() == 1) {
                    count(cb, left.get(0), Outcome.UNTAGGED_ERROR, r.report());
                    return;
                }
                processorPass(cb, compiler, differential, libraries, left.subList(0, left.size() / 2));
                processorPass(cb, compiler, differential, libraries, left.subList(left.size() / 2, left.size()));
                return;
            }
            left = next;
        }
    }

    /** The errors in the method's generated files ({@code X_Coroutines} and {@code X_CoroutineMachines}), or null. */
    private static List<String> generatedErrors(Map<String, List<String>> byClass, Candidate c) {
        List<String> errors = new ArrayList<>();
        for (String suffix : List.of("_Coroutines", "_CoroutineMachines")) {
            errors.addAll(byClass.getOrDefault(c.className() + suffix, List.of()));
        }
        return errors.isEmpty() ? null : errors;
    }

    /**
     * Whether the method's class, compiled alone without the processor, has an error that its plain batch did not
     * show (javac does not report every error of every class of a large failing batch); then it is counted as not
     * self-contained, and no finding. Asked before any failure is counted.
     */
    private boolean hiddenPlainError(CodeBase cb, CorpusCompiler compiler, Candidate c) {
        if (compiler.compile(sources(List.of(c), false), false, false).success()) {
            return false;
        }
        count(cb, c, Outcome.NOT_SELF_CONTAINED, null);
        stats.notSelfContainedReasons.merge("(error found alone)", 1, Integer::sum);
        return true;
    }

    private void rejected(CodeBase cb, Candidate c, String tag) {
        if (c.misplaced()) {
            stats.misplaced.merge(tag.equals(c.expectedTag()) ? "expected tag" : "tag " + tag + " instead of "
                    + c.expectedTag(), 1, Integer::sum);
            return;
        }
        stats.count(cb.name(), Outcome.REJECTED);
        stats.tag(cb.name(), tag);
        if (DEBUG) {
            options.log.println("rejected: " + c.key() + ": [kaa." + tag + "]");
        }
    }

    private void compiled(CodeBase cb, Differential differential, ClassLoader libraries, List<Candidate> list,
            BatchCompiler.Result r) {
        ClassLoader loader = null;
        for (Candidate c : list) {
            if (c.misplaced()) {
                stats.misplaced.merge("compiled (expected " + c.expectedTag() + ")", 1, Integer::sum);
                finding(cb, c, Outcome.COMPILED, "a yield_() where it cannot suspend was accepted; expected [kaa."
                        + c.expectedTag() + "]", "MisplacedYieldAccepted");
                continue;
            }
            if (!c.differential() || differential.disabled) {
                stats.count(cb.name(), Outcome.COMPILED);
                continue;
            }
            if (loader == null) {
                loader = new Loaders.BatchLoader("kaa-corpus-batch", libraries, r.classes());
            }
            Differential.Verdict v = differential.run(c, loader);
            synchronized (stats) {
                stats.differentialMethods++;
                stats.differentialInputs += v.inputs();
                stats.differentialTimeouts += v.timeouts();
            }
            if (v.difference() != null) {
                count(cb, c, Outcome.DIVERGED, v.difference());
            } else {
                stats.count(cb.name(), v.inputs() > 0 ? Outcome.RAN_EQUAL : Outcome.COMPILED);
            }
        }
    }

    private void count(CodeBase cb, Candidate c, Outcome outcome, String detail) {
        if (c.misplaced()) {
            stats.misplaced.merge(outcome.name(), 1, Integer::sum);
            if (outcome == Outcome.NOT_SELF_CONTAINED || outcome == Outcome.PLAIN_JAVAC_CRASH) {
                return;
            }
        } else {
            stats.count(cb.name(), outcome);
        }
        if (detail != null) {
            finding(cb, c, outcome, detail, null);
        }
    }

    private static String trace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    /** A finding's stable file name: outcome, code base, enclosing classes, method and its ordinal in the file. */
    static String findingName(Candidate c, String kind) {
        String key = c.key();
        String method = key.substring(key.lastIndexOf(':') + 1).replace('#', '_').replace('.', '_');
        return kind + "_" + c.codeBase().replaceAll("[^A-Za-z0-9]", "") + "_" + method + (c.misplaced() ? "_m" : "");
    }

    private void finding(CodeBase cb, Candidate c, Outcome outcome, String detail, String kindOverride) {
        String name = findingName(c, kindOverride != null ? kindOverride : camel(outcome.name()));
        synchronized (stats) {
            stats.findings.add(name + ": " + firstLine(detail));
        }
        if (options.findings == null || !written.add(name)) {
            return;
        }
        StringBuilder s = new StringBuilder();
        s.append("// CORPUS FINDING: ").append(outcome).append('\n');
        s.append("// method: ").append(c.key()).append(" (").append(sourceName(cb)).append(")\n");
        s.append("// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):\n");
        s.append("//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp ").append(classPath(cb))
                .append(" -processorpath ").append(processorPath()).append(" -processor ")
                .append(CoroutineProcessor.class.getName()).append(" fuzzer/corpus-findings/").append(name)
                .append(".java\n");
        if (c.differential()) {
            s.append("// (the plain method as written, run against the coroutine, is class ").append(c.plainClassName())
                    .append(" below)\n");
        }
        s.append("//\n");
        for (String line : detail.split("\n", -1)) {
            s.append("// ").append(line).append('\n');
        }
        s.append('\n').append(c.source());
        if (c.differential()) {
            s.append('\n').append(c.plainSource().substring(c.plainSource().indexOf("abstract class")));
        }
        try {
            Files.createDirectories(options.findings);
            Files.writeString(options.findings.resolve(name + ".java"), s.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String s) {
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                return line.length() > 200 ? line.substring(0, 200) : line;
            }
        }
        return "";
    }

    private static String camel(String outcome) {
        StringBuilder s = new StringBuilder();
        for (String part : outcome.toLowerCase(Locale.ROOT).split("_")) {
            s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return s.toString();
    }

    private static String sourceName(CodeBase cb) {
        return cb.sources().getFileName().toString();
    }

    private static String classPath(CodeBase cb) {
        StringBuilder s = new StringBuilder(BatchCompiler.location(InProgress.class));
        for (Path p : cb.classPath()) {
            s.append(java.io.File.pathSeparator).append(p);
        }
        return s.toString();
    }

    private static String processorPath() {
        StringBuilder s = new StringBuilder(BatchCompiler.location(CoroutineProcessor.class));
        try {
            s.append(java.io.File.pathSeparator).append(BatchCompiler.location(
                    Class.forName("com.palantir.javapoet.JavaFile")));
        } catch (ClassNotFoundException e) {
            // the processor's own jar then has to carry it
        }
        return s.toString();
    }
}
