package kaa.examples;

import kaa.InProgress;
import kaa.Main;

/**
 * The README's demo: a short tour of kaa-java's coroutines, printed as a trace (milliseconds since the start, the
 * printing thread, what happens). The parts live in one class each, {@link Countdown}, {@link Fetch},
 * {@link Blocking}, {@link Abort} and {@link Policies}; {@link Tour} runs them one after the other and stops the main
 * loop.
 */
public final class Demo {
    private Demo() {}

    /**
     * Runs the tour.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // exec:java runs main() on a thread named after the class; name it as `java kaa.examples.Demo` would.
        Thread.currentThread().setName("main");
        Trace.log("kaa-java demo: coroutines on kaa's main loop (ms since start, [thread], what happens)");
        InProgress<Void> tour = Tour.create().run();   // runs up to its first yield_, then waits for the loop
        Main.run();                                    // the main loop: until the tour calls Main.stop()
        tour.result();                                 // throws here if a part failed
        System.out.println();
        Trace.log("Main.run() returned: the main loop is stopped and the tour is over.");
    }
}
