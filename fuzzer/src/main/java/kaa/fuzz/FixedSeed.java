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
                // a field of an auxiliary class: javac's auxiliaryclass lint on field declarations ignores
                // @SuppressWarnings (a documented limitation, docs/lowering.md)
                .without(Feature.SAME_FILE_CLASS)
                .without(Feature.LUB_VAR); // LubListVarAcrossYield, a known gap (docs/lowering.md)
    }
}
