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
        JUMP_OUT_OF_RESOURCES,
        /** bodies of {@code if}/{@code else}/loops/labeled statements without braces when they are one statement. */
        BARE_BODY,
        /**
         * a jump as an unbraced body: {@code if (c) return done(1);}, {@code if (yield_(x) > 0) break;},
         * {@code if (c) continue L;}.
         */
        BARE_JUMP,
        /** {@code else if} chains. */
        ELSE_IF,
        /**
         * operators without the parentheses Java does not need ({@code a *= yield_(x) + 1}, {@code if (a < b && c)}),
         * on about half of them; when off, every operator is in parentheses. The lowering must keep precedence where
         * it puts a value into other code (usertest round 5 finding 01, which the parenthesized grammar never showed).
         */
        TIGHT_OPERATORS,
        /** a label on an {@code if} or another non-loop statement: {@code L: if (c) break L; else ...}. */
        LABELED_STATEMENT,
        /**
         * {@code Object} locals and {@code o instanceof Integer n} patterns (with {@code &&}, negated with the
         * binding in scope after the {@code if}), bindings used across a {@code yield_}.
         */
        PATTERN_INSTANCEOF,
        /** a local record, constructed with {@code yield_} in its arguments, used after a suspension. */
        LOCAL_RECORD,
        /** a local enum with a method, switched on. */
        LOCAL_ENUM,
        /** a local interface implemented by a lambda and by an anonymous class. */
        LOCAL_INTERFACE,
        /** a local class capturing a local, and a local class extending it. */
        LOCAL_CLASS,
        /** {@code var} of a lub (intersection) type: {@code c ? Integer.valueOf(i) : "s"}, {@code List.of(1, "a")}. */
        LUB_VAR,
        /** nested array initializers {@code int[][] m = {{1}, {yield_(f)}}} and {@code int[] a = {...}}. */
        NESTED_ARRAY,
        /** the class is generic in {@code T} and the methods declare their own {@code <T>} (a local {@code List<T>}). */
        GENERIC_METHOD,
        /** member types of the class named like JDK types the generated file may use ({@code Override}, ...). */
        JDK_NAMED_MEMBER,
        /** a second top-level class of the same file as the type of a local. */
        SAME_FILE_CLASS,
        /** {@code Owner.this.fi} in an anonymous class (and in the body) of an instance coroutine. */
        OUTER_THIS,
        /** Java 21, on a JDK 21 or later only: {@code switch} on an {@code Object} with type patterns and guards. */
        PATTERN_SWITCH,
        /** Java 21, on a JDK 21 or later only: record patterns ({@code o instanceof R(int a, var b)}). */
        RECORD_PATTERN;

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

    /** The Java 21 constructs, generated only when the running JDK is 21 or later (compiled with --release 21). */
    static final Set<Feature> JAVA_21 = EnumSet.of(Feature.PATTERN_SWITCH, Feature.RECORD_PATTERN);

    /** Whether this JDK can compile {@code --release 21}. */
    static boolean java21Available() {
        return Runtime.version().feature() >= 21;
    }

    /**
     * Whether batch {@code batch} is a Java 21 batch: every third, when a Java 21 construct can be generated (record
     * patterns need local records) and the JDK compiles {@code --release 21}.
     */
    boolean java21Batch(int batch) {
        boolean any = on(Feature.PATTERN_SWITCH) || on(Feature.RECORD_PATTERN) && on(Feature.LOCAL_RECORD);
        return java21Available() && any && batch % 3 == 2;
    }
}
