package kaa.fuzz.corpus;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kaa.InProgress;

/**
 * Runs a static method of primitives and strings both ways on generated inputs: the method as written
 * ({@code KcNP.name}) and the coroutine ({@code KcN_Coroutines.co_name}, driven to its end with
 * {@code InProgress.await}). Outcomes are compared by value (boxed {@code equals}, so {@code NaN} equals itself) or,
 * for an exception, by its class. The plain version runs first with a time limit; an input on which it does not end
 * (or which it only ends with an error of the VM such as {@code OutOfMemoryError}) is skipped.
 */
final class Differential implements AutoCloseable {
    private static final long LIMIT_MS = 2_000;
    private static final int INPUTS = 6;

    private ExecutorService runner = newRunner();
    /** After a coroutine that did not end, the notifier may be stuck with a thread in it: no more runs. */
    boolean disabled;

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-differential");
            t.setDaemon(true);
            return t;
        });
    }

    private volatile Thread running;

    /**
     * Stops a runner thread stuck in a loop (Thread.stop, which JDK 17 still has), so it does not burn a core for the
     * rest of the run; where the JDK no longer supports it, the thread is left (a daemon).
     */
    @SuppressWarnings("deprecation")
    private static void stop(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.stop();
        } catch (UnsupportedOperationException | SecurityException e) {
            // JDK 20+: cannot
        }
    }

    /** The result of one comparison: null when equal (or skipped), else a description of the difference. */
    record Verdict(int inputs, int timeouts, String difference) {}

    Verdict run(Candidate c, ClassLoader loader) {
        Method plain;
        Method coroutine;
        Class<?>[] types;
        try {
            Class<?> plainClass = Class.forName(c.qualified(c.plainClassName()), true, loader);
            Class<?> coClass = Class.forName(c.qualified(c.className() + "_Coroutines"), true, loader);
            types = new Class<?>[c.paramTypes().size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = type(c.paramTypes().get(i));
            }
            plain = plainClass.getDeclaredMethod(plainName(c), types);
            coroutine = coClass.getDeclaredMethod(c.coroutineName(), types);
            plain.setAccessible(true);
            coroutine.setAccessible(true);
        } catch (ReflectiveOperationException | LinkageError e) {
            return new Verdict(0, 0, "harness: " + e);
        }
        Random random = new Random(c.key().hashCode());
        int inputs = 0;
        int timeouts = 0;
        for (int k = 0; k < INPUTS && !disabled; k++) {
            Object[] args = new Object[types.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = value(types[i], random);
            }
            String expected = call(() -> describe(invoke(plain, args)));
            if (expected == null) {
                timeouts++;
                continue;
            }
            if (expected.startsWith("threw java.lang.OutOfMemoryError")
                    || expected.startsWith("threw java.lang.StackOverflowError")) {
                continue;
            }
            String actual = call(() -> {
                InProgress<?> ip = (InProgress<?>) invoke(coroutine, args);
                try {
                    ip.await(Duration.ofMillis(LIMIT_MS / 2));
                } catch (RuntimeException e) {
                    // the failure is read below
                }
                if (!ip.isFinished()) {
                    return "not finished";
                }
                return ip.isFailed() ? "threw " + ip.exception().getClass().getName() : describe(ip.result());
            });
            inputs++;
            if (actual == null) {
                disabled = true;
                actual = "did not return within " + LIMIT_MS + " ms";
            }
            if (!expected.equals(actual)) {
                return new Verdict(inputs, timeouts, "input " + show(args) + ": plain " + expected + ", coroutine "
                        + actual);
            }
        }
        return new Verdict(inputs, timeouts, null);
    }

    private static String plainName(Candidate c) {
        return c.coroutineName().substring("co_".length());
    }

    private static Object invoke(Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Call {
        String call() throws Throwable;
    }

    /** Runs {@code call} on the runner thread: its text, or "threw X", or null if it did not end in time. */
    private String call(Call call) {
        Future<String> f = runner.submit(() -> {
            running = Thread.currentThread();
            try {
                return call.call();
            } catch (Throwable t) {
                return "threw " + t.getClass().getName();
            }
        });
        try {
            return f.get(LIMIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            runner.shutdownNow();
            runner = newRunner();
            stop(running);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return "harness: " + e.getCause();
        }
    }

    private static String describe(Object value) {
        return "returned " + Objects.toString(value);
    }

    private static String show(Object[] args) {
        List<String> s = new ArrayList<>();
        for (Object a : args) {
            s.add(a instanceof String ? '"' + ((String) a).replace("\n", "\\n") + '"'
                    : a instanceof Character ? "'" + a + "'" : String.valueOf(a));
        }
        return "(" + String.join(", ", s) + ")";
    }

    private static final Map<String, Class<?>> TYPES = Map.of("boolean", boolean.class, "byte", byte.class, "short",
            short.class, "char", char.class, "int", int.class, "long", long.class, "float", float.class, "double",
            double.class, "String", String.class);

    private static Class<?> type(String name) {
        return Objects.requireNonNull(TYPES.get(name), name);
    }

    /** Small values: a loop bounded by an input should end quickly. */
    private static final int[] INTS = {0, 1, -1, 2, 3, 7, 10, 16, 31, 100, -100, 255, 65, -7};
    private static final String[] STRINGS = {"", "a", "abc", "Hello, World", "  padded  ", "123", "-42", "a,b,,c",
        "ÄÖü ß", "x.y.z", "CamelCaseString", "tab\there", null};

    static Object value(Class<?> type, Random r) {
        int i = INTS[r.nextInt(INTS.length)];
        if (type == int.class) {
            return i;
        } else if (type == long.class) {
            return (long) i;
        } else if (type == short.class) {
            return (short) i;
        } else if (type == byte.class) {
            return (byte) i;
        } else if (type == char.class) {
            return "aZ0 \n.é-_".charAt(r.nextInt(9));
        } else if (type == boolean.class) {
            return r.nextBoolean();
        } else if (type == float.class) {
            return r.nextInt(6) == 0 ? Float.NaN : i / 4f;
        } else if (type == double.class) {
            return r.nextInt(6) == 0 ? Double.NaN : r.nextInt(6) == 0 ? Double.POSITIVE_INFINITY : i / 8.0;
        }
        return STRINGS[r.nextInt(STRINGS.length)];
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
