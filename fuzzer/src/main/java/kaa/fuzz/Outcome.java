package kaa.fuzz;

import java.util.List;

/**
 * What became of one program.
 *
 * @param verdict pass, or the kind of failure
 * @param detail what differs or failed, for a human
 * @param plain the plain run's trace (the oracle); empty if it did not run
 * @param coroutine the coroutine run's trace
 * @param abortVerdicts the abort run's verdicts, if it ran aborted
 * @param generated the generated source of the program's class, if the processor wrote one
 * @param abortAfter the loop iteration the abort run aborted after, or -1
 */
record Outcome(Verdict verdict, String detail, List<String> plain, List<String> coroutine, List<String> abortVerdicts,
        String generated, int abortAfter) {

    /** Pass, or the kind of failure. */
    enum Verdict {
        PASS,
        /** The coroutine's trace differs from the plain run's. */
        DIVERGENCE,
        /** After an abort, a finally or close() did not run exactly once, or the coroutine did not end failed. */
        ABORT_VIOLATION,
        /** A run did not end within the hard timeout. */
        HANG,
        /** The processor reported an error on (or crashed on) a program the plain compiler accepts. */
        PROCESSOR_ERROR,
        /** The processor's generated source does not compile (or warns). */
        BAD_GENERATED_CODE,
        /** The plain version does not compile: a generator bug. */
        GENERATOR_REJECT,
        /**
         * javac crashes on the plain version, or writes a class the JVM does not verify: javac's bug (javac 17 has
         * several around switch expressions); the generator steers clear of the triggers it knows, the rest are
         * counted.
         */
        JAVAC_BUG,
        /** The harness failed to run the program. */
        HARNESS_ERROR;

        boolean isProcessorBug() {
            return this != PASS && this != GENERATOR_REJECT && this != JAVAC_BUG && this != HARNESS_ERROR;
        }
    }

    static Outcome of(Verdict verdict, String detail) {
        return new Outcome(verdict, detail, List.of(), List.of(), List.of(), null, -1);
    }

    boolean passed() {
        return verdict == Verdict.PASS;
    }
}
