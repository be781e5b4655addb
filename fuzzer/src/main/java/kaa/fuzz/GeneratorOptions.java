package kaa.fuzz;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Switches of the generator. Every construct is on by default; a construct that exposes a known, still open
 * processor bug (a finding under {@code fuzzer/findings/}) can be switched off for the fixed-seed CI batch so the
 * build stays green until the processor is fixed, while the open-ended campaign keeps generating it.
 *
 * @param disabled constructs the generator never writes
 * @param abortablePercent the share of programs generated under the abort restrictions and also run aborted
 * @param maxStatements the statement budget of one program (it gets between a third of it and all of it)
 */
record GeneratorOptions(Set<Feature> disabled, int abortablePercent, int maxStatements) {

    /** Constructs that can be switched off. */
    enum Feature {
        /** {@code yield_} inside a {@code finally} block. */
        YIELD_IN_FINALLY,
        /** {@code yield_} inside a {@code catch} block. */
        YIELD_IN_CATCH,
        /** try-with-resources. */
        TRY_WITH_RESOURCES,
        /** switch expressions ({@code yield} arms). */
        SWITCH_EXPRESSION,
        /** lambdas capturing locals. */
        LAMBDA,
        /** {@code yield_(ip, Fx.Checked.class)} and thrown or caught {@code Fx.Checked}. */
        CHECKED,
        /** {@code return ip} (finishing with what an {@code InProgress} finishes with). */
        RETURN_IN_PROGRESS,
        /** classic (colon) switch statements and expressions. */
        CLASSIC_SWITCH,
        /** instance coroutines (else every coroutine is static). */
        INSTANCE,
        /** {@code catch (Throwable t)}. */
        CATCH_THROWABLE,
        /** an instance field as the whole value of an arrow rule of a switch expression: {@code case 1 -> fi;}. */
        FIELD_AS_RULE_VALUE,
        /** {@code yield_} in the array index of a compound assignment's target: {@code a[yield_(i)] += 1}. */
        YIELD_IN_COMPOUND_TARGET,
        /** an unlabeled {@code break}/{@code continue} (or one to an outer label) inside a labeled block. */
        JUMP_OUT_OF_LABELED_BLOCK,
        /**
         * a local written after a suspension and never read again; when off, every block reads back the locals it
         * declared before it ends.
         */
        DEAD_STORE,
        /** a {@code do} statement that cannot complete normally (its body always leaves it). */
        DO_WITHOUT_NORMAL_COMPLETION,
        /** an existing variable as the first of several resources: {@code try (r; Fx.Res s = ...)}. */
        EXISTING_RESOURCE_FIRST,
        /** an arrow switch statement rule that is an expression statement: {@code case 1 -> Fx.id("arm", x);}. */
        EXPRESSION_RULE,
        /**
         * a try-with-resources whose body ends with a {@code return}, {@code break} or {@code continue}, more often
         * with a resource whose {@code close()} throws: the jump is under way when it throws (the shape of finding
         * {@code ReturnOutOfCopiedTryWithResources}, which random programs met once in 145 000).
         */
        JUMP_OUT_OF_RESOURCES;

        /** The command-line spelling: {@code yield-in-finally}. */
        String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Feature parse(String option) {
            return valueOf(option.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    static GeneratorOptions defaults() {
        return new GeneratorOptions(EnumSet.noneOf(Feature.class), 50, 24);
    }

    GeneratorOptions without(Feature feature) {
        EnumSet<Feature> set = disabled.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(disabled);
        set.add(feature);
        return new GeneratorOptions(set, abortablePercent, maxStatements);
    }

    GeneratorOptions with(Feature feature) {
        EnumSet<Feature> set = disabled.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(disabled);
        set.remove(feature);
        return new GeneratorOptions(set, abortablePercent, maxStatements);
    }

    boolean on(Feature feature) {
        return !disabled.contains(feature);
    }
}
