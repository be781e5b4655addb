package kaa.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import kaa.fuzz.Loaders.BatchLoader;
import kaa.fuzz.Loaders.RuntimeLoader;
import kaa.fuzz.Outcome.Verdict;

/**
 * Compiles a batch of programs in one javac task and runs each: the plain version, then the coroutine, then (for an
 * abortable program) the coroutine aborted at a suspension; and judges it. One instance per thread.
 *
 * <p>When the batch does not compile, the diagnostics name the programs at fault (their own source or their generated
 * one); each is classified alone and the rest compiled again. Diagnostics that name nobody, or a javac crash, are
 * bisected down to single programs.
 */
final class Evaluator implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** The processor's two files for a class X: X_Coroutines (entry points) and X_CoroutineMachines. */
    private static final String GENERATED_SUFFIX = "_Coroutines";
    private static final String MACHINES_SUFFIX = "_CoroutineMachines";
    /** Nanoseconds spent compiling and running, over all instances: where a campaign's time goes. */
    static final AtomicLong COMPILE_NANOS = new AtomicLong();
    static final AtomicLong RUN_NANOS = new AtomicLong();

    private final BatchCompiler compiler = new BatchCompiler();
    private final Duration timeout;
    private RuntimeLoader runtime;
    private ExecutorService runner;
    private Method fxRunPlain;
    private Method fxRunCoroutine;
    private Method fxRunAborted;
    private Method fxIterations;
    private Method fxVerdicts;

    Evaluator(Duration timeout) {
        this.timeout = timeout;
        freshRuntime();
    }

    private void freshRuntime() {
        if (runner != null) {
            runner.shutdownNow();
        }
        runtime = new RuntimeLoader();
        runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "kaa-fuzz-run-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Class<?> fx = runtime.loadClass("kaa.fuzz.support.Fx");
            fxRunPlain = fx.getMethod("runPlain", Callable.class);
            fxRunCoroutine = fx.getMethod("runCoroutine", Callable.class);
            fxRunAborted = fx.getMethod("runAborted", Callable.class, int.class);
            fxIterations = fx.getMethod("iterations");
            fxVerdicts = fx.getMethod("abortVerdicts", List.class, List.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the support class Fx is not loadable", e);
        }
    }

    /** Judges each program; the outcomes are in the order of {@code programs}. */
    List<Outcome> evaluate(List<Program> programs) {
        Map<String, Outcome> outcomes = new HashMap<>();
        compileAndRun(programs, outcomes);
        List<Outcome> ordered = new ArrayList<>();
        for (Program p : programs) {
            ordered.add(outcomes.get(p.name()));
        }
        return ordered;
    }

    private void compileAndRun(List<Program> programs, Map<String, Outcome> outcomes) {
        if (programs.isEmpty()) {
            return;
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (Program p : programs) {
            sources.put(p.name(), Renderer.batchSource(p));
        }
        long started = System.nanoTime();
        int release = programs.stream().mapToInt(Program::release).max().orElse(17);
        BatchCompiler.Result result = compiler.compile(sources, true, release);
        COMPILE_NANOS.addAndGet(System.nanoTime() - started);
        if (result.success()) {
            run(programs, result, outcomes);
            return;
        }
        Map<String, List<Diagnostic<? extends JavaFileObject>>> blamed = blame(result);
        if (result.crash() != null || blamed.isEmpty()) {
            if (programs.size() == 1) {
                outcomes.put(programs.get(0).name(), classify(programs.get(0), result));
                return;
            }
            int half = programs.size() / 2;
            compileAndRun(programs.subList(0, half), outcomes);
            compileAndRun(programs.subList(half, programs.size()), outcomes);
            return;
        }
        List<Program> rest = new ArrayList<>();
        for (Program p : programs) {
            if (blamed.containsKey(p.name())) {
                outcomes.put(p.name(), classify(p, result));
            } else {
                rest.add(p);
            }
        }
        if (rest.size() == programs.size()) {
            // The diagnostics name no program of the batch: find the culprit by halves, never the same batch again.
            int half = programs.size() / 2;
            if (half == 0) {
                outcomes.put(programs.get(0).name(), classify(programs.get(0), result));
                return;
            }
            compileAndRun(programs.subList(0, half), outcomes);
            compileAndRun(programs.subList(half, programs.size()), outcomes);
            return;
        }
        compileAndRun(rest, outcomes);
    }

    /** Warnings and errors by the program they are about (its own source or its generated one). */
    private static Map<String, List<Diagnostic<? extends JavaFileObject>>> blame(BatchCompiler.Result result) {
        Map<String, List<Diagnostic<? extends JavaFileObject>>> blamed = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
            String name = BatchCompiler.className(d);
            if (name == null || d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER) {
                continue;
            }
            name = ownerOf(name);
            blamed.computeIfAbsent(name, n -> new ArrayList<>()).add(d);
        }
        return blamed;
    }

    /** The class a generated class belongs to (its name without the suffix), or the name itself. */
    private static String ownerOf(String name) {
        for (String suffix : List.of(MACHINES_SUFFIX, GENERATED_SUFFIX)) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** Both generated sources of a program, for reports; null when there are none. */
    private static String generatedSources(BatchCompiler.Result result, Program p) {
        String entryPoints = result.generated().get(p.name() + GENERATED_SUFFIX);
        String machines = result.generated().get(p.name() + MACHINES_SUFFIX);
        if (entryPoints == null && machines == null) {
            return null;
        }
        return (entryPoints == null ? "" : entryPoints) + (machines == null ? "" : "\n" + machines);
    }

    /** Why a program that failed to compile failed: the generator's fault or the processor's. */
    private Outcome classify(Program p, BatchCompiler.Result batch) {
        BatchCompiler.Result plain = compiler.compile(Map.of(p.name(), Renderer.plainOnlySource(p)), false, p.release());
        if (!plain.success()) {
            return Outcome.of(plain.crash() != null ? Verdict.JAVAC_BUG : Verdict.GENERATOR_REJECT,
                    "javac rejects the plain version:\n" + plain.report());
        }
        StringBuilder own = new StringBuilder();
        boolean inGenerated = false;
        for (Diagnostic<? extends JavaFileObject> d : batch.diagnostics()) {
            String name = BatchCompiler.className(d);
            if (name != null && ownerOf(name).equals(p.name())) {
                own.append(BatchCompiler.format(d)).append('\n');
                inGenerated |= !name.equals(p.name());
            }
        }
        if (own.length() == 0) {
            own.append(batch.report());
        }
        String generated = generatedSources(batch, p);
        Verdict verdict = inGenerated ? Verdict.BAD_GENERATED_CODE : Verdict.PROCESSOR_ERROR;
        return new Outcome(verdict, own.toString(), List.of(), List.of(), List.of(), generated, -1);
    }

    private void run(List<Program> programs, BatchCompiler.Result result, Map<String, Outcome> outcomes) {
        long started = System.nanoTime();
        try {
            runAll(programs, result, outcomes);
        } finally {
            RUN_NANOS.addAndGet(System.nanoTime() - started);
        }
    }

    private void runAll(List<Program> programs, BatchCompiler.Result result, Map<String, Outcome> outcomes) {
        BatchLoader batch = new BatchLoader(runtime, result.classes());
        for (Program p : programs) {
            String generated = generatedSources(result, p);
            BatchLoader loader = batch;
            Future<Outcome> future = runner.submit(() -> runOne(loader, p, generated));
            Outcome outcome;
            try {
                outcome = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                freshRuntime(); // the stuck thread keeps the old runtime copy; the rest of the batch gets a new one
                batch = new BatchLoader(runtime, result.classes());
                outcome = new Outcome(Verdict.HANG, "no result after " + timeout, List.of(), List.of(), List.of(),
                        generated, -1);
            } catch (ExecutionException e) {
                outcome = Outcome.of(Verdict.HARNESS_ERROR, stackTrace(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            outcomes.put(p.name(), outcome);
        }
    }

    @SuppressWarnings("unchecked")
    private Outcome runOne(BatchLoader loader, Program p, String generated) throws Exception {
        Class<?> program;
        try {
            program = Class.forName(p.name(), true, loader);
        } catch (LinkageError e) {
            // The user class holds both versions; javac alone compiled it, so javac miscompiled valid source.
            return Outcome.of(Verdict.JAVAC_BUG, "javac wrote a class the JVM rejects: " + e);
        }
        Method plainEntry = program.getMethod("runPlain");
        Method coroutineEntry = program.getMethod("runCoroutine");
        Callable<Object> plain = () -> call(plainEntry);
        Callable<Object> coroutine = () -> call(coroutineEntry);
        List<String> plainTrace = (List<String>) fxRunPlain.invoke(null, plain);
        List<String> coroutineTrace = (List<String>) fxRunCoroutine.invoke(null, coroutine);
        int iterations = (int) fxIterations.invoke(null);
        if (!plainTrace.equals(coroutineTrace)) {
            return new Outcome(Verdict.DIVERGENCE, firstDifference(plainTrace, coroutineTrace), plainTrace,
                    coroutineTrace, List.of(), generated, -1);
        }
        int abortAfter = p.abortAfter();
        if (p.abortable() && abortAfter < 0 && iterations > 0) {
            abortAfter = Math.floorMod(p.origin().hashCode() * 31 + p.body().size(), iterations);
        }
        if (p.abortable() && abortAfter >= 0) {
            List<String> aborted = (List<String>) fxRunAborted.invoke(null, coroutine, abortAfter);
            List<String> verdicts = (List<String>) fxVerdicts.invoke(null, plainTrace, aborted);
            boolean abortedWhileSuspended = verdicts.get(0).endsWith("true");
            if (abortedWhileSuspended && !verdicts.stream().allMatch(v -> v.endsWith("true"))) {
                return new Outcome(Verdict.ABORT_VIOLATION, String.join("\n", verdicts) + "\naborted trace:\n  "
                        + String.join("\n  ", aborted), plainTrace, coroutineTrace, verdicts, generated, abortAfter);
            }
        }
        return new Outcome(Verdict.PASS, "", plainTrace, coroutineTrace, List.of(), generated, abortAfter);
    }

    /**
     * The plain run's trace of {@code p}, compiled without the processor: the expected output of a program whose
     * coroutine version never compiled.
     */
    @SuppressWarnings("unchecked")
    List<String> plainTrace(Program p) {
        BatchCompiler.Result result = compiler.compile(Map.of(p.name(), Renderer.plainOnlySource(p)), false, p.release());
        if (!result.success()) {
            throw new IllegalStateException("the plain version does not compile:\n" + result.report());
        }
        BatchLoader loader = new BatchLoader(runtime, result.classes());
        Future<List<String>> future = runner.submit(() -> {
            Method entry = loader.loadClass(p.name()).getMethod("runPlain");
            Callable<Object> plain = () -> call(entry);
            return (List<String>) fxRunPlain.invoke(null, plain);
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the plain version did not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Object call(Method entry) throws Exception {
        try {
            return entry.invoke(null);
        } catch (InvocationTargetException e) {
            throw Evaluator.<Exception>sneaky(e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable failure) throws X {
        throw (X) failure;
    }

    static String firstDifference(List<String> plain, List<String> coroutine) {
        for (int i = 0; i < Math.max(plain.size(), coroutine.size()); i++) {
            String a = i < plain.size() ? plain.get(i) : "<end>";
            String b = i < coroutine.size() ? coroutine.get(i) : "<end>";
            if (!a.equals(b)) {
                return "trace line " + (i + 1) + ": plain '" + a + "', coroutine '" + b + "'";
            }
        }
        return "same";
    }

    static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Override
    public void close() {
        runner.shutdownNow();
        compiler.close();
    }
}
