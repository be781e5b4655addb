package kaa.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;

import kaa.processor.MachineStates.Exit;
import kaa.processor.MachineStates.Finally;
import kaa.processor.MachineStates.Goto;
import kaa.processor.MachineStates.Region;
import kaa.processor.MachineStates.Return;
import kaa.processor.MachineStates.State;

/**
 * Where jumps and exits go (docs/lowering.md, passes 3 and 4): the states that {@code break} and {@code continue}
 * aimed at a lowered statement reach, where the contextual {@code yield} of a lowered switch expression stores its
 * value, and the shared states that return. Leaving towards any of them goes straight there, or through the lowered
 * {@code finally} blocks in between by a pending branch. Inside code copied as written, every {@code return} and
 * every jump towards a lowered statement is replaced by such a way out.
 */
final class Exits {
    /** Where {@code break} and {@code continue} aimed at a lowered statement go. */
    private record Target(State breakTo, State continueTo, Region region) {}

    /** Where a contextual {@code yield} of a lowered switch expression stores its value and goes. */
    record YieldTarget(String value, State exit, Region region) {}

    /**
     * How a jump leaves a copied statement when it leaves a copied {@code try} with a {@code finally} or resources on
     * the way: it stores the state to go to in {@code variable} and breaks out of the block {@code label} around the
     * statement, and only there, after that {@code finally} has run and those resources are closed, is the machine's
     * label set. Were it set before, an exception from that {@code finally} or {@code close()} would be handled as
     * thrown by the state jumped to (docs/lowering.md, "Jumps out of copied try statements").
     */
    record Leave(String variable, String label) {}

    private final StatementLowerer lowerer;
    private final BodyContext body;
    private final MachineStates machine;
    /** The fields a {@code return} through a lowered finally keeps its value in until the finally has run. */
    final String resultField;
    final String followField;
    /** Shared states that complete the coroutine, for returns inside copied code (which cannot return itself). */
    private final State returnState;
    private final State followState;
    private final Map<Tree, Target> targets = new HashMap<>();
    private final Map<Tree, YieldTarget> yieldTargets = new HashMap<>();
    private boolean returnStateUsed;
    private boolean followStateUsed;
    /** Whether some return stores its value in the result (or follow) field, which then must be declared. */
    private boolean resultStored;
    private boolean followStored;
    /** Fields that keep the result (or follow) field's value while a lowered finally body runs, declared alike. */
    final List<String> keptResultFields = new ArrayList<>();
    final List<String> keptFollowFields = new ArrayList<>();
    /** The {@link Leave} of the copied statement being planned, made by its first jump that needs one. */
    private Leave leave;

    Exits(StatementLowerer lowerer) {
        this.lowerer = lowerer;
        this.body = lowerer.body;
        this.machine = lowerer.machine;
        this.resultField = lowerer.names.newName("result");
        this.followField = lowerer.names.newName("resultFrom");
        this.returnState = machine.newState(null, "return done(...)");
        this.followState = machine.newState(null, "return an InProgress");
    }

    /**
     * Places the return states if anything jumps to them (after the body, so they come last), at the line of the
     * method's body: a failure there ({@code return} of a null {@code InProgress}) names the coroutine in a trace.
     */
    void placeReturnStates() {
        machine.sourceLine = (int) body.line(body.method.getBody());
        if (returnStateUsed) {
            machine.place(returnState);
            machine.add("returnWith($N);\n$L\n", resultField, machine.outOfResume);
            machine.close();
        }
        if (followStateUsed) {
            machine.place(followState);
            machine.add("returnFrom($N);\n$L\n", followField, machine.outOfResume);
            machine.close();
        }
    }

    boolean resultStored() {
        return resultStored;
    }

    boolean followStored() {
        return followStored;
    }

    /** The field a return keeps its value in on the way out; the machine declares it from now on. */
    String storeReturnValue(boolean follow) {
        if (follow) {
            followStored = true;
            return followField;
        }
        resultStored = true;
        return resultField;
    }

    /**
     * The return-value fields that the returns in {@code finallyBlock}, a lowered finally body, write, each mapped to
     * a new field that keeps its value while the body runs: the body runs while a return may be pending, and a return
     * of its own that it gives up (a {@code close()} on the way throws, and a {@code catch} in the body takes the
     * exception) must not change the value of the pending one. Java keeps a pending return's value apart in the same
     * way. Empty when the body has no return.
     */
    Map<String, String> keepReturnValues(BlockTree finallyBlock) {
        boolean[] returns = new boolean[2]; // done(v), an InProgress to follow
        new OwnCodeScanner() {
            @Override
            public Void visitReturn(ReturnTree node, Void unused) {
                returns[isDone(node.getExpression()) ? 0 : 1] = true;
                return null;
            }
        }.scan(body.path(finallyBlock), null);
        Map<String, String> kept = new LinkedHashMap<>();
        if (returns[0]) {
            String copy = lowerer.names.newName("keptResult");
            keptResultFields.add(copy);
            kept.put(storeReturnValue(false), copy);
        }
        if (returns[1]) {
            String copy = lowerer.names.newName("keptResultFrom");
            keptFollowFields.add(copy);
            kept.put(storeReturnValue(true), copy);
        }
        return kept;
    }

    /** Whether a returned expression is {@code done(...)}; otherwise it is an {@code InProgress} to follow. */
    boolean isDone(ExpressionTree expression) {
        return expression instanceof MethodInvocationTree && body.isDsl(body.path(expression), "done");
    }

    /** The value of {@code done(v)}, or null for {@code done()}. */
    static ExpressionTree doneArgument(ExpressionTree doneCall) {
        List<? extends ExpressionTree> arguments = ((MethodInvocationTree) doneCall).getArguments();
        return arguments.isEmpty() ? null : arguments.get(0);
    }

    /** A lowered loop, switch or labeled statement: where jumps out of (and into the next turn of) it go. */
    void putTarget(Tree key, State breakTo, State continueTo) {
        targets.put(key, new Target(breakTo, continueTo, lowerer.region()));
    }

    /** A lowered switch expression: the temporary that holds its value and the state after it. */
    void putYieldTarget(SwitchExpressionTree expression, String value, State exit) {
        yieldTargets.put(expression, new YieldTarget(value, exit, lowerer.region()));
    }

    /** The lowered switch expression a contextual {@code yield} at {@code path} belongs to, or null. */
    YieldTarget yieldTarget(TreePath path) {
        for (TreePath p = path.getParentPath(); p != null && p.getLeaf() != body.method; p = p.getParentPath()) {
            if (p.getLeaf() instanceof SwitchExpressionTree) {
                return yieldTargets.get(p.getLeaf());
            }
        }
        return null;
    }

    /**
     * Plans the replacement of every {@code return}, and every {@code break}/{@code continue} that leaves
     * {@code statements} towards a lowered statement, inside code that is copied as written (one statement, or the
     * branches of one copied {@code if}). Returns the {@link Leave} that the copied statement must be wrapped in, or
     * null if no jump needs one.
     */
    Leave prepareVerbatim(Tree... statements) {
        leave = null;
        for (Tree statement : statements) {
            if (statement != null) {
                plan(statement);
            }
        }
        return leave;
    }

    private void plan(Tree statement) {
        Region from = lowerer.region();
        TreePath root = body.path(statement);
        Map<Tree, Supplier<CodeBlock>> replacements = lowerer.replacements;
        Map<BlockTree, Set<String>> writtenInFinally = new LinkedHashMap<>();
        new OwnCodeScanner() {
            @Override
            public Void visitReturn(ReturnTree node, Void unused) {
                Leave leave = leaveFor(getCurrentPath(), root);
                Supplier<CodeBlock> code = returnCode(node, from, leave);
                replacements.put(node, code);
                Set<String> writes = exitWrites(new Return(false), from, leave);
                writes.add(isDone(node.getExpression()) ? resultField : followField);
                noteWrites(getCurrentPath(), writes);
                return null;
            }

            @Override
            public Void visitYield(YieldTree node, Void unused) {
                YieldTarget target = yieldTarget(getCurrentPath());
                if (target != null) {
                    Leave leave = leaveFor(getCurrentPath(), root);
                    Goto exit = new Goto(target.exit(), target.region());
                    CodeBlock code = exitCode(exit, from, true, leave);
                    replacements.put(node, () -> CodeBlock.of("$N = $L;\n$L", target.value(),
                            lowerer.rewriter.render(node.getValue()), code));
                    // not the value: javac too keeps the value of a yield given up in a finally
                    noteWrites(getCurrentPath(), exitWrites(exit, from, leave));
                }
                return super.visitYield(node, unused);
            }

            @Override
            public Void visitBreak(BreakTree node, Void unused) {
                planJump(node, getCurrentPath(), true);
                return null;
            }

            @Override
            public Void visitContinue(ContinueTree node, Void unused) {
                planJump(node, getCurrentPath(), false);
                return null;
            }

            private void planJump(Tree jump, TreePath path, boolean isBreak) {
                Tree key = jumpTarget(path, isBreak);
                Target target = key == null ? null : targets.get(key);
                if (target == null) {
                    return;
                }
                State to = isBreak ? target.breakTo : target.continueTo;
                Leave leave = leaveFor(path, root);
                Goto exit = new Goto(to, target.region);
                CodeBlock code = exitCode(exit, from, true, leave);
                replacements.put(jump, () -> code);
                noteWrites(path, exitWrites(exit, from, leave));
            }

            /** Adds {@code writes} to those of each copied finally block around the jump at {@code path}. */
            private void noteWrites(TreePath path, Set<String> writes) {
                for (TreePath p = path; p != null && p.getLeaf() != root.getLeaf(); p = p.getParentPath()) {
                    if (p.getParentPath() != null && p.getParentPath().getLeaf() instanceof TryTree tryTree
                            && tryTree.getFinallyBlock() == p.getLeaf()) {
                        writtenInFinally.computeIfAbsent(tryTree.getFinallyBlock(), b -> new LinkedHashSet<>())
                                .addAll(writes);
                    }
                }
            }
        }.scan(root, null);
        writtenInFinally.forEach(this::keepPendingCompletion);
    }

    /**
     * What the code of a jump towards {@code exit} from {@code from} writes besides the machine's label: the pending
     * branch and exception of the lowered finally it goes through, and the {@link Leave}'s variable.
     */
    private Set<String> exitWrites(Exit exit, Region from, Leave leave) {
        Set<String> writes = new LinkedHashSet<>();
        Finally through = findFinally(from, exit instanceof Goto ? ((Goto) exit).region() : null);
        if (through != null) {
            writes.add(through.pendingBranch);
            writes.add(through.pendingException);
        }
        if (leave != null) {
            writes.add(leave.variable());
        }
        return writes;
    }

    /**
     * A copied {@code finally} block whose jumps write {@code written}: it runs while the jump that entered it is
     * pending, and one of its own jumps that it gives up (a {@code close()} on the way throws, and a {@code catch} in
     * the block takes the exception) must not change where that pending one goes, or the value it returns. So the
     * block keeps their values on entry, and puts them back when it completes normally.
     */
    private void keepPendingCompletion(BlockTree block, Set<String> written) {
        Map<String, String> saved = new LinkedHashMap<>();
        for (String variable : written) {
            saved.put(variable, lowerer.names.newName("kept"));
        }
        boolean completes = lowerer.reachability.canCompleteNormally(block);
        lowerer.replacements.put(block, () -> {
            CodeBlock.Builder code = CodeBlock.builder()
                    .add("// kept: a jump this block gives up leaves the pending one as it was\n");
            saved.forEach((variable, copy) -> code.add("var $N = $N;\n", copy, variable));
            code.add("$L\n", lowerer.rewriter.render(block));
            if (completes) {
                saved.forEach((variable, copy) -> code.add("$N = $N;\n", variable, copy));
            }
            return code.build();
        });
    }

    /**
     * The {@link Leave} for a jump at {@code jump} out of the copied statement at {@code root}, if the jump leaves a
     * copied {@code try} with a {@code finally} or resources (whose code runs after the jump has started); else null.
     */
    private Leave leaveFor(TreePath jump, TreePath root) {
        if (jump.getLeaf() == root.getLeaf()) {
            return null; // the copied statement is the jump itself: nothing of it runs after
        }
        for (TreePath p = jump.getParentPath(); p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof TryTree) {
                TryTree tryTree = (TryTree) p.getLeaf();
                if (tryTree.getFinallyBlock() != null || !tryTree.getResources().isEmpty()) {
                    if (leave == null) {
                        leave = new Leave(lowerer.names.newName("next"), lowerer.names.newName("leave"));
                        hoistBindingsOfCondition(root.getLeaf());
                    }
                    return leave;
                }
            }
            if (p.getLeaf() == root.getLeaf()) {
                return null;
            }
        }
        return null;
    }

    /**
     * The copied statement is wrapped in a labeled block ({@link Leave}), which ends the scope of the bindings its
     * condition introduces for the code after it ({@code if (!(o instanceof String m)) { ... } use(m);}): they become
     * fields (fuzzer, seed 20261215 batch 13 program 51).
     */
    private void hoistBindingsOfCondition(Tree statement) {
        Tree condition = statement instanceof com.sun.source.tree.IfTree ifTree ? ifTree.getCondition()
                : statement instanceof com.sun.source.tree.WhileLoopTree loop ? loop.getCondition()
                : statement instanceof com.sun.source.tree.DoWhileLoopTree loop ? loop.getCondition()
                : statement instanceof com.sun.source.tree.ForLoopTree loop ? loop.getCondition()
                : null;
        if (condition != null) {
            lowerer.spiller.hoistBindings(condition);
        }
    }

    /** The code that stores the value of a {@code return} inside code copied as written, and leaves. */
    private Supplier<CodeBlock> returnCode(ReturnTree statement, Region from, Leave leave) {
        ExpressionTree expression = statement.getExpression();
        boolean follow = !isDone(expression);
        ExpressionTree value = follow ? expression : doneArgument(expression);
        CodeBlock exit = exitCode(new Return(follow), from, true, leave);
        String field = storeReturnValue(follow);
        return () -> CodeBlock.of("$N = $L;\n$L", field,
                value == null ? CodeBlock.of("null") : lowerer.rewriter.render(value), exit);
    }

    /** The loop, switch or labeled statement a {@code break}/{@code continue} at {@code path} leaves. */
    private Tree jumpTarget(TreePath path, boolean isBreak) {
        Tree jump = path.getLeaf();
        var label = jump instanceof BreakTree ? ((BreakTree) jump).getLabel() : ((ContinueTree) jump).getLabel();
        for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (label != null) {
                if (leaf instanceof LabeledStatementTree && ((LabeledStatementTree) leaf).getLabel().equals(label)) {
                    StatementTree inner = ((LabeledStatementTree) leaf).getStatement();
                    return Reachability.isLoop(inner) ? inner : leaf;
                }
            } else if (Reachability.isLoop(leaf) || (isBreak && leaf instanceof SwitchTree)) {
                return leaf;
            }
            if (leaf == body.method) {
                return null;
            }
        }
        return null;
    }

    /**
     * The code for leaving towards {@code exit} from code in {@code from}: straight there, or through the innermost
     * lowered {@code finally} in between (recording a pending branch it replays afterwards). A return from code
     * copied as written ({@code verbatim}) goes through a shared return state rather than returning itself, so
     * the copied statement keeps its shape. With a {@link Leave}, the jump goes through the block around the copied
     * statement.
     */
    CodeBlock exitCode(Exit exit, Region from, boolean verbatim) {
        return exitCode(exit, from, verbatim, null);
    }

    private CodeBlock exitCode(Exit exit, Region from, boolean verbatim, Leave leave) {
        Region stop = exit instanceof Goto ? ((Goto) exit).region() : null;
        Finally through = findFinally(from, stop);
        if (through != null) {
            return CodeBlock.of("$L$L", through.pending(through.register(exit)), goTo(through.entry, leave));
        }
        if (exit instanceof Goto) {
            return goTo(((Goto) exit).target(), leave);
        }
        boolean follow = ((Return) exit).follow();
        if (!verbatim) {
            return CodeBlock.of("$L($N);\n$L\n", follow ? "returnFrom" : "returnWith",
                    follow ? followField : resultField, machine.outOfResume);
        }
        if (follow) {
            followStateUsed = true;
        } else {
            returnStateUsed = true;
        }
        return goTo(follow ? followState : returnState, leave);
    }

    /** Continue at {@code target}: at once, or through the {@code leave} block around a copied statement. */
    private CodeBlock goTo(State target, Leave leave) {
        if (leave == null) {
            return machine.goTo(target);
        }
        return CodeBlock.of("$N = $L;\nbreak $L;\n", leave.variable(), MachineStates.lazyId(target), leave.label());
    }

    /**
     * A copied statement (already rendered) wrapped for its {@link Leave}: the jumps out of it break out of the block
     * with the state to go to, which the code after the block then continues at. When the statement can complete
     * normally, it may also do so after a jump was given up (a copied {@code catch} caught what a {@code close()} threw
     * on the way out): the block then forgets the jump, and the code after the statement follows.
     */
    CodeBlock wrapped(Leave leave, CodeBlock statement, boolean canCompleteNormally) {
        String next = leave.variable();
        if (!canCompleteNormally) {
            return CodeBlock.of("int $N = -1;\n$L: {\n$>$L$<}\nlabel = $N;\n$L\n", next, leave.label(),
                    statement, next, machine.toDispatch);
        }
        return CodeBlock.of("int $N = -1;\n$L: {\n$>$L$N = -1; // completed: no jump left it\n$<}\n"
                + "if ($N >= 0) {\n$>label = $N;\n$L\n$<}\n", next, leave.label(), statement, next, next, next,
                machine.toDispatch);
    }

    /** The innermost lowered finally between {@code from} and {@code stop} (exclusive), or null. */
    static Finally findFinally(Region from, Region stop) {
        for (Region r = from; r != null && r != stop; r = r.parent) {
            if (r.finallyBlock != null) {
                return r.finallyBlock;
            }
        }
        return null;
    }
}
