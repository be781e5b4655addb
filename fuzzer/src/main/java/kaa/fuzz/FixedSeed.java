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
                .without(Feature.BARE_JUMP) // ReturnDoneAsBareIfBody, LabeledContinueAsBareIfBody
                .without(Feature.LOCAL_RECORD) // LocalRecordInCoroutine
                .without(Feature.LOCAL_INTERFACE) // LocalInterfaceInCoroutine
                .without(Feature.LOCAL_CLASS) // LocalClassCrashesProcessor
                .without(Feature.LOCAL_ENUM) // LocalClassCrashesProcessor (local enums crash the same way)
                .without(Feature.OUTER_THIS) // OuterThisInAnonymousClass
                .without(Feature.LUB_VAR) // LubListVarAcrossYield
                .without(Feature.NESTED_ARRAY) // NestedArrayInitializerSpill
                .without(Feature.GENERIC_METHOD) // MethodTypeVariableShadowsClass
                .without(Feature.JDK_NAMED_MEMBER) // MemberTypeNamedCoroutineMachine, ...Override, ...Iterator
                .without(Feature.SAME_FILE_CLASS) // AuxiliaryClassAsLocalType
                .without(Feature.PATTERN_INSTANCEOF) // PatternBindingAcrossYield, PatternBindingAfterIfIsNull
                .without(Feature.PATTERN_SWITCH); // PatternSwitchLabelsBecomeDefault (Java 21)
    }
}
