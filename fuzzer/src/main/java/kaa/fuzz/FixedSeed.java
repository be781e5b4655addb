package kaa.fuzz;

import kaa.fuzz.GeneratorOptions.Feature;

/**
 * The fixed-seed batch that CI runs ({@code FixedSeedBatchTest}): its seed, size and generator switches. A construct
 * is switched off here only while a finding about it is open (see {@code fuzzer/README.md}, "Findings").
 */
final class FixedSeed {
    static final long SEED = 20_240_505L;
    static final int BATCH_SIZE = 100;
    static final int BATCHES = 10;

    private FixedSeed() {}

    /** Every construct, less those of open findings (each switch names its finding). */
    static GeneratorOptions options() {
        return GeneratorOptions.defaults()
                // Every construct passes the campaigns of session 5 (seeds 20261210-13, fuzzer/README.md) but for
                // LUB_VAR (a known gap) and SAME_FILE_CLASS (a javac limitation). With them on, 1 000 to 2 000
                // programs of one seed do not hit every cell of the coverage table on both JDKs (labeled blocks and
                // switches left by a jump, no yield_), and 2 000 meet two generator bugs (a variable defined twice,
                // seed 20240505 batch 16 program 84; a checked exception thrown only in a guard, fixed). Until the
                // batch is made to cover them, it keeps the constructs it had:
                .without(Feature.LOCAL_RECORD)
                .without(Feature.LOCAL_INTERFACE)
                .without(Feature.LOCAL_CLASS)
                .without(Feature.LOCAL_ENUM)
                .without(Feature.OUTER_THIS)
                .without(Feature.NESTED_ARRAY)
                .without(Feature.GENERIC_METHOD)
                .without(Feature.JDK_NAMED_MEMBER)
                .without(Feature.SAME_FILE_CLASS)
                .without(Feature.PATTERN_INSTANCEOF)
                .without(Feature.LUB_VAR)
                .without(Feature.PATTERN_SWITCH);
    }
}
