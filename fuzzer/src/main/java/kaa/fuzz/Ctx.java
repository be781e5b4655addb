package kaa.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the generator is: the variables in scope and what may be written here (jump targets, suspensions, exits),
 * so that what it writes is well-typed and reachable by construction. Immutable but for the scope's variables.
 */
final class Ctx {
    /** A declared variable. */
    static final class Var {
        final String name;
        final Ty type;
        /** Never assigned after its initialisation: a lambda may capture it. */
        final boolean frozen;
        /** Definitely assigned and in scope for reads (a classic switch group's variables stop being readable). */
        boolean readable;
        /** A box of an INT, LONG or BOOL value ({@code Integer n} of a pattern): == compares references. */
        boolean boxed;
        /**
         * Declared in a loop's body: a new variable per iteration, which a local class living across a suspension
         * may not capture (a documented limitation of the processor, {@code [kaa.unsupported]}).
         */
        boolean inLoop;

        Var(String name, Ty type, boolean frozen, boolean readable) {
            this.name = name;
            this.type = type;
            this.frozen = frozen;
            this.readable = readable;
        }
    }

    /** A block's variables. */
    static final class Scope {
        final Scope parent;
        final List<Var> vars = new ArrayList<>();

        Scope(Scope parent) {
            this.parent = parent;
        }
    }

    /** Something a {@code break} or {@code continue} can target. */
    record Target(boolean loop, boolean switchStatement, String label, Target outer) {}

    /** Inside a lambda body: no suspension, no assignment to locals, only frozen locals. */
    static final int LAMBDA = 1;
    /** Inside a switch expression's arm: no return; the targets outside are out of reach. */
    static final int SWITCH_ARM = 2;
    /** Inside a finally of an abortable program: nothing may suspend, jump out or throw. */
    static final int QUIET_FINALLY = 4;
    /** No {@code yield_} here (a construct switched off in {@link GeneratorOptions}). */
    static final int NO_SUSPEND = 8;
    /** A {@code Fx.Checked} may be thrown here (declared by the method or caught around). */
    static final int CHECKED_OK = 16;
    /** Inside a try body: failures are likelier (they are caught). */
    static final int GUARDED = 32;
    /**
     * No switch expression here: JDK 17's javac writes a class that fails verification for a switch expression in a
     * loop condition when the loop body declares locals in a classic switch (fixed in later javac).
     */
    static final int NO_SWITCH_EXPRESSION = 64;
    /**
     * A long value may be on the operand stack here: a switch expression here must not contain a {@code try}. javac
     * (17 and 25) crashes with a NullPointerException in {@code Gen.doHandleSwitchExpression} when it spills a long
     * operand to evaluate such a switch expression, as in {@code -3L * switch (e) { case A -> { try {...} ... } }}.
     */
    static final int LONG_ON_STACK = 128;

    /**
     * In a case guard ({@code when ...}, Java 21): like a lambda, only effectively final locals and no assignment,
     * but a guard may suspend.
     */
    static final int GUARD = 512;
    /** A program without {@code yield_} (to hit the coverage table's "none" cells): {@code return ip} is allowed. */
    static final int SUSPEND_FREE = 256;
    /**
     * In a loop's body, however deep (also where a switch arm or a labeled block cuts the jump targets off): a local
     * declared here is a new variable per iteration ({@link Var#inLoop}).
     */
    static final int IN_LOOP = 1024;
    /** In a {@code finally} block, however deep. */
    static final int IN_FINALLY = 2048;
    /**
     * An expression that declares nothing (no pattern binding, no switch expression with locals): it is inserted
     * among statements written before it, whose names it cannot know.
     */
    static final int DECLARES_NONE = 4096;

    final Scope scope;
    final Target targets;
    private final int flags;
    final int depth;

    private Ctx(Scope scope, Target targets, int flags, int depth) {
        this.scope = scope;
        this.targets = targets;
        this.flags = flags;
        this.depth = depth;
    }

    static Ctx top(boolean checkedOk) {
        return new Ctx(new Scope(null), null, checkedOk ? CHECKED_OK : 0, 0);
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** The same place with {@code flag} set. */
    Ctx with(int flag) {
        return new Ctx(scope, targets, flags | flag, depth);
    }

    /** A nested block: a new scope, one level deeper. */
    Ctx block() {
        return new Ctx(new Scope(scope), targets, flags, depth + 1);
    }

    /** A nested block from which only {@code target} can be jumped to. */
    Ctx blockWithOnly(Target target) {
        return new Ctx(new Scope(scope), target, flags, depth + 1);
    }

    Ctx withTarget(boolean loop, boolean switchStatement, String label) {
        return new Ctx(scope, new Target(loop, switchStatement, label, targets), loop ? flags | IN_LOOP : flags,
                depth);
    }

    Ctx switchArm() {
        return new Ctx(new Scope(scope), null, flags | SWITCH_ARM, depth + 1);
    }

    Ctx lambdaBody() {
        return new Ctx(scope, null, (flags | LAMBDA | SWITCH_ARM) & ~CHECKED_OK, depth);
    }

    Ctx quietFinally() {
        return new Ctx(new Scope(scope), null, flags | QUIET_FINALLY, depth + 1);
    }

    Ctx tryBody(boolean catchesChecked) {
        return new Ctx(new Scope(scope), targets, flags | GUARDED | (catchesChecked ? CHECKED_OK : 0), depth + 1);
    }

    /**
     * The same place, but nothing here may throw a checked exception: javac (17 to 25) does not count what a case's
     * guard throws for the try around the switch ("exception ... is never thrown in body of corresponding try").
     */
    Ctx noChecked() {
        return new Ctx(scope, targets, flags & ~CHECKED_OK, depth);
    }

    /** The same place, but no {@code yield_} may be written here. */
    Ctx noSuspend() {
        return with(NO_SUSPEND);
    }

    boolean inLambda() {
        return is(LAMBDA);
    }

    /** In a lambda or a case guard: reads only effectively final locals, assigns nothing. */
    boolean capturing() {
        return is(LAMBDA | GUARD);
    }

    boolean quiet() {
        return is(QUIET_FINALLY);
    }

    boolean checkedOk() {
        return is(CHECKED_OK);
    }

    boolean guarded() {
        return is(GUARDED);
    }

    boolean suspendOk() {
        return !is(LAMBDA | QUIET_FINALLY | NO_SUSPEND | SUSPEND_FREE);
    }

    boolean throwOk() {
        return !is(QUIET_FINALLY);
    }

    boolean returnOk() {
        return !is(SWITCH_ARM | QUIET_FINALLY | LAMBDA);
    }

    /** Whether {@code name} is declared in this scope or an enclosing one (Java forbids shadowing a local). */
    boolean visible(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            for (Var v : s.vars) {
                if (v.name.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The readable variables of {@code type}; in a lambda only frozen ones. */
    List<Var> vars(Ty type) {
        List<Var> found = new ArrayList<>();
        for (Scope s = scope; s != null; s = s.parent) {
            for (Var v : s.vars) {
                if (v.type == type && v.readable && (!capturing() || v.frozen)) {
                    found.add(v);
                }
            }
        }
        return found;
    }

    /** The variables of {@code type} an assignment may write. */
    List<Var> assignable(Ty type) {
        List<Var> found = new ArrayList<>();
        if (capturing()) {
            return found;
        }
        for (Var v : vars(type)) {
            if (!v.frozen) {
                found.add(v);
            }
        }
        return found;
    }

    Var declare(String name, Ty type, boolean frozen) {
        return declare(name, type, frozen, true);
    }

    Var declare(String name, Ty type, boolean frozen, boolean readable) {
        Var v = new Var(name, type, frozen, readable);
        v.inLoop = is(IN_LOOP);
        scope.vars.add(v);
        return v;
    }
}
