package kaa.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * The states of a machine under construction and the synthetic fields they use. Code is kept as suppliers and
 * rendered only after lowering, once it is known which variables became fields. State numbers are given in the order
 * states are placed, so they read top to bottom like the source.
 */
final class MachineStates {
    static final String DISPATCH = "dispatch";

    /** One {@code case} of the dispatch switch. */
    static final class State {
        int id = -1;
        /** Identity for bookkeeping before the state is placed. */
        final int key;
        final Region region;
        final String comment;
        final List<Supplier<CodeBlock>> parts = new ArrayList<>();
        boolean closed;
        /** The source line of the first statement lowered into this state; 0 before one is. */
        int line;
        /** The source line of the statement being lowered when this state was placed. */
        int placedLine;

        private final MachineStates owner;

        State(MachineStates owner, int key, Region region, String comment) {
            this.owner = owner;
            this.key = key;
            this.region = region;
            this.comment = comment;
        }

        int id() {
            if (id < 0) {
                throw new IllegalStateException("state never placed: " + comment);
            }
            owner.referenced(this);
            return id;
        }
    }

    /** The innermost lowered {@code try} a state belongs to: where its exceptions go, and its finally, if any. */
    static final class Region {
        final Region parent;
        final State handler;
        final Finally finallyBlock;

        Region(Region parent, State handler, Finally finallyBlock) {
            this.parent = parent;
            this.handler = handler;
            this.finallyBlock = finallyBlock;
        }
    }

    /** A lowered {@code finally}: its entry state, pending-branch bookkeeping and the jumps it replays. */
    static final class Finally {
        final State entry;
        final String pendingBranch;
        final String pendingException;
        final Region outside;
        final List<Exit> replays = new ArrayList<>();
        /**
         * The return values the finally body keeps while it runs (each field to its copy): a return in the body that
         * the body gives up must not change what a pending return returns ({@link Exits#keepReturnValues}).
         */
        Map<String, String> restore = Map.of();

        Finally(State entry, String pendingBranch, String pendingException, Region outside) {
            this.entry = entry;
            this.pendingBranch = pendingBranch;
            this.pendingException = pendingException;
            this.outside = outside;
        }

        /**
         * Enters the finally with pending branch {@code branch} (0: fall through) and no pending exception: one
         * left over from an earlier pass whose finally body jumped away (dropping it, as Java does) must not be
         * rethrown now.
         */
        CodeBlock enter(int branch, MachineStates machine) {
            return CodeBlock.of("$L$L", pending(branch), machine.goTo(entry));
        }

        /** The bookkeeping of {@link #enter}, without the jump: pending branch {@code branch}, no pending exception. */
        CodeBlock pending(int branch) {
            return CodeBlock.of("$N = $L;\n$N = null;\n", pendingBranch, branch, pendingException);
        }

        /** Registers a jump to perform after the finally body; returns its pending-branch number (from 1). */
        int register(Exit exit) {
            replays.add(exit);
            return replays.size();
        }
    }

    /** A way out of a statement: a jump to a state, or the coroutine's return. */
    sealed interface Exit permits Goto, Return {}

    /** Continue at {@code target}, which lies in {@code region}. */
    record Goto(State target, Region region) implements Exit {}

    /** Complete the coroutine with the value already stored in the result field (or in the follow field). */
    record Return(boolean follow) implements Exit {}

    /**
     * Whether each state's code is a method of its own ({@code MachineWriter} decides, for large bodies, after the
     * code was rendered once): the statements that leave a state are printed after that, when the file is written.
     */
    boolean split;
    /** The machine's class name, for {@code Machine.this} in a split state's method. */
    String machineClass;

    /** Back to the dispatch loop, which runs the state {@code label} names. */
    final Object toDispatch = new Lazy(() -> split ? "return true;" : "continue " + DISPATCH + ";");
    /** Out of {@code resume()}: the body suspended or completed. */
    final Object outOfResume = new Lazy(() -> split ? "return false;" : "return;");
    /** The machine itself, as the receiver of a call with explicit type arguments. */
    final Object machineThis = new Lazy(() -> split ? machineClass + ".this" : "this");

    final List<State> placed = new ArrayList<>();
    final Map<String, TypeName> fields = new LinkedHashMap<>();
    State current;
    /** The source line of the statement being lowered, which the code added now runs ({@link LineTable}). */
    int sourceLine;

    private int keys;

    State newState(Region region, String comment) {
        return new State(this, keys++, region, comment);
    }

    /** The state whose code is being rendered: a state number printed there is a successor of it. */
    private State rendering;
    final Map<State, Set<State>> successors = new LinkedHashMap<>();

    void renderingState(State state) {
        rendering = state;
    }

    private void referenced(State target) {
        if (rendering != null) {
            successors.computeIfAbsent(rendering, s -> new LinkedHashSet<>()).add(target);
        }
    }

    /** Makes {@code state} the current one and gives it the next number. */
    void place(State state) {
        state.placedLine = sourceLine;
        state.id = placed.size();
        placed.add(state);
        current = state;
    }

    void add(Supplier<CodeBlock> part) {
        openIfClosed();
        current.parts.add(LineTable.marked(sourceLine, part));
        if (current.line == 0) {
            current.line = sourceLine;
        }
    }

    void add(String format, Object... args) {
        CodeBlock code = CodeBlock.of(format, args);
        add(() -> code);
    }

    /** Code after a jump or return is unreachable in the source too; it gets a state of its own. */
    private void openIfClosed() {
        if (current.closed) {
            place(newState(current.region, "unreachable"));
        }
    }

    /**
     * {@code if <condition>} jump to {@code target}; the condition brings its own parentheses. Called while the code
     * is rendered, when every state has its number.
     */
    CodeBlock jumpIf(CodeBlock parenthesizedCondition, State target) {
        return CodeBlock.of("if $L {\n$>label = $L;\n$L\n$<}\n", parenthesizedCondition, target.id(), toDispatch);
    }

    /** Continue at {@code target} from anywhere in a state's code; its number is printed when the code is. */
    CodeBlock goTo(State target) {
        return CodeBlock.of("label = $L;\n$L\n", lazyId(target), toDispatch);
    }

    /** Ends the current state with a jump to {@code target} (nothing if it already ended). */
    void jump(State target) {
        if (!current.closed) {
            State from = current;
            current.parts.add(() -> CodeBlock.of("label = $L;\n$L", target.id(), new Lazy(() ->
                    split ? "return true;\n" : target.id == from.id + 1 ? "" : "continue " + DISPATCH + ";\n")));
            current.closed = true;
        }
    }

    /** Ends the current state with a jump to {@code target} and continues lowering there. */
    void jumpAndPlace(State target) {
        jump(target);
        place(target);
    }

    /**
     * Ends the current state after a suspension that already set the label to {@code resume}, which is placed next:
     * the body goes on there when it did not suspend (falls through into its {@code case}).
     */
    void continueAfterSuspension(State resume) {
        State from = current;
        current.parts.add(() -> CodeBlock.of("$L", new Lazy(() -> {
            if (resume.id != from.id + 1) {
                throw new IllegalStateException("resumption state not placed next");
            }
            return split ? "return true;\n" : "";
        })));
        current.closed = true;
        place(resume);
    }

    void close() {
        current.closed = true;
    }

    /**
     * A state number printed when the code is rendered, after all states have been placed: code that jumps forward
     * is built before its target has a number.
     */
    static Object lazyId(State state) {
        return new Lazy(() -> Integer.toString(state.id()));
    }

    /** Text that JavaPoet prints only when the file is written, once state numbers and the layout are known. */
    static final class Lazy {
        private final Supplier<String> text;

        Lazy(Supplier<String> text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text.get();
        }
    }
}
