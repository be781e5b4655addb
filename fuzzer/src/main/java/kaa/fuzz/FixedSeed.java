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
                // Fixed in the processor, but the 2026-12-03 campaign on the fixed processor still fails in programs
                // with these constructs (not minimised yet; see fuzzer/README.md, "Findings"):
                .without(Feature.LOCAL_RECORD)
                .without(Feature.LOCAL_INTERFACE)
                .without(Feature.LOCAL_CLASS) // also captures of loop variables, a documented limitation
                .without(Feature.LOCAL_ENUM)
                .without(Feature.OUTER_THIS)
                .without(Feature.NESTED_ARRAY)
                .without(Feature.GENERIC_METHOD)
                .without(Feature.JDK_NAMED_MEMBER)
                // a field of an auxiliary class: javac's auxiliaryclass lint on field declarations ignores
                // @SuppressWarnings (a documented limitation, docs/lowering.md)
                .without(Feature.SAME_FILE_CLASS)
                .without(Feature.PATTERN_INSTANCEOF)
                .without(Feature.LUB_VAR) // LubListVarAcrossYield
                .without(Feature.PATTERN_SWITCH); // PatternSwitchLabelsBecomeDefault (Java 21) // PatternSwitchLabelsBecomeDefault (Java 21) // PatternSwitchLabelsBecomeDefault (Java 21)
    }
}
