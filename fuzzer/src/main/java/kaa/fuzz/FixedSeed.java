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

    /** Every construct: a construct is switched off here only while a finding about it is open. */
    static GeneratorOptions options() {
        return GeneratorOptions.defaults();
    }
}
