package kaa.examples;

/**
 * Prints the demo's trace: milliseconds since the demo started, the name of the thread that prints, and a message.
 * The thread column is the point of part 3: everything but the worker's own lines prints on the main loop's thread.
 */
final class Trace {
    private static final long START = System.nanoTime();

    private Trace() {}

    /** Prints one line of the trace. */
    static void log(String message) {
        long millis = (System.nanoTime() - START) / 1_000_000;
        System.out.printf("%5d ms  %-14s %s%n", millis, "[" + Thread.currentThread().getName() + "]", message);
    }

    /** Prints the heading of a part of the tour. */
    static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }
}
