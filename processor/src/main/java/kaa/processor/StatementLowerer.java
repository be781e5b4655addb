package kaa.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.lang.model.element.Element;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePathScanner;

import kaa.processor.MachineStates.Goto;
import kaa.processor.MachineStates.Region;
import kaa.processor.MachineStates.Return;
import kaa.processor.MachineStates.State;

/**
 * Lowers the statements of a coroutine body into states (docs/lowering.md, pass 3), keeping the current state and
 * the current exception region: statements without a {@code yield_} are copied as written, after {@link Exits} has
 * planned their jumps out; the others are taken apart here (variables, {@code if}, {@code return}, contextual
 * {@code yield}, expression statements, {@code throw}) or handed to {@link LoopLowerer}, {@link SwitchLowerer} and
 * {@link TryLowerer} (pass 4). Expressions go through {@link ExpressionSpiller}.
 */
final class StatementLowerer {
    final BodyContext body;
    final Reachability reachability;
    final Variables variables;
    final Names names;
    final MachineStates machine = new MachineStates();
    final Map<Tree, Supplier<CodeBlock>> replacements = new HashMap<>();
    final SourceRewriter rewriter;
    final LocalClasses localClasses;
    final Liveness liveness = new Liveness();
    final ExpressionSpiller spiller;
    final Exits exits;
    /** The innermost lowered {@code try} the statements being lowered belong to; null outside any. */
    private Region region;

    StatementLowerer(BodyContext body, Variables variables, Names names, String selfName) {
        this.body = body;
        this.reachability = new Reachability(body);
        this.variables = variables;
        this.names = names;
        this.localClasses = new LocalClasses(body, variables, names, selfName);
        this.rewriter = new SourceRewriter(body, variables, replacements, selfName, names, localClasses);
        this.spiller = new ExpressionSpiller(this);
        this.exits = new Exits(this);
    }

    /** Lowers the whole body, then the shared return states. */
    void lowerBody(BlockTree block) {
        // The start state runs the body's first statement, even when all it does is jump into a lowered try.
        machine.sourceLine = block.getStatements().isEmpty() ? 0 : (int) body.line(block.getStatements().get(0));
        machine.place(machine.newState(null, "start"));
        machine.sourceLine = 0;
        lowerStatements(block.getStatements());
        if (!machine.current.closed) {
            // javac made sure every path returns, so only a jump the lowering got wrong can reach this.
            machine.add("throw new $T($S);\n", IllegalStateException.class,
                    "the coroutine body ended without return");
            machine.close();
        }
        exits.placeReturnStates();
    }

    // ------------------------------------------------------------------------------------------------ statements

    void lowerStatements(List<? extends StatementTree> statements) {
        for (StatementTree statement : statements) {
            lowerStatement(statement);
        }
    }

    void lowerStatement(StatementTree statement) {
        int enclosingLine = machine.sourceLine;
        machine.sourceLine = (int) body.line(statement);
        try {
            lowerStatementAtLine(statement);
        } finally {
            machine.sourceLine = enclosingLine;
        }
    }

    private void lowerStatementAtLine(StatementTree statement) {
        if (statement instanceof VariableTree) {
            lowerVariable((VariableTree) statement);
            return;
        }
        if (statement instanceof ReturnTree) {
            lowerReturn((ReturnTree) statement);
            return;
        }
        if (statement instanceof ClassTree) {
            localClasses.hoist((ClassTree) statement);
            return;
        }
        if (statement instanceof BlockTree) {
            // Every local has a unique name, so a block's statements can share the state's scope.
            lowerStatements(((BlockTree) statement).getStatements());
            return;
        }
        // An if whose test has a pattern goes through lowerIf even without a yield_, which stores the test first
        // (ExpressionSpiller.spillTest: javac 17 miscompiles the jump otherwise).
        if (!body.containsYield(statement)
                && !(statement instanceof IfTree ifTree && spiller.hasPattern(ifTree.getCondition()))) {
            verbatim(statement);
            return;
        }
        switch (statement.getKind()) {
            case EXPRESSION_STATEMENT -> lowerExpressionStatement((ExpressionStatementTree) statement);
            case THROW -> {
                Supplier<CodeBlock> thrown = spiller.spill(((ThrowTree) statement).getExpression());
                machine.add(() -> CodeBlock.of("throw $L;\n", thrown.get()));
                machine.close();
            }
            case IF -> lowerIf((IfTree) statement);
            case WHILE_LOOP, DO_WHILE_LOOP, FOR_LOOP, ENHANCED_FOR_LOOP -> new LoopLowerer(this).lower(statement);
            case LABELED_STATEMENT -> new LoopLowerer(this).lowerLabeled((LabeledStatementTree) statement);
            case SWITCH -> new SwitchLowerer(this).lower((SwitchTree) statement);
            case YIELD -> lowerYield((YieldTree) statement);
            case TRY -> new TryLowerer(this).lower((TryTree) statement);
            default -> {
                String kind = statement.getKind().name().toLowerCase().replace('_', ' ');
                throw new LoweringError(statement, Message.UNSUPPORTED, ("aeiou".indexOf(kind.charAt(0)) >= 0
                        ? "An " : "A ") + kind + " statement containing yield_()",
                        "Move the yield_() out of it: await into a local before the statement and use the local.");
            }
        }
    }

    void lowerExpressionStatement(ExpressionStatementTree statement) {
        Supplier<CodeBlock> code = spiller.spill(statement.getExpression());
        machine.add(() -> CodeBlock.of("$L;\n", code.get()));
    }

    /** A local variable declaration: a field assignment when hoisted, a local declaration otherwise. */
    void lowerVariable(VariableTree declaration) {
        ExpressionTree initializer = declaration.getInitializer();
        Supplier<CodeBlock> init = initializer == null ? null : spiller.spill(initializer);
        if (initializer instanceof NewArrayTree && ((NewArrayTree) initializer).getType() == null) {
            // {1, 2} is only an initializer; assigned to a hoisted field it must be new int[] {1, 2}.
            TypeName arrayType = TypeNames.of(body.typeOf(declaration));
            Supplier<CodeBlock> braces = init;
            init = () -> CodeBlock.of("new $T $L", arrayType, braces.get());
        }
        declare(declaration, init);
    }

    /** Declares {@code declaration}'s variable in the current state, initialised by {@code init} (or not). */
    void declare(VariableTree declaration, Supplier<CodeBlock> init) {
        Element element = BodyContext.elementAt(body.trees, body.path(declaration));
        Variables.Var var = variables.declare(element, element.asType(), false);
        State state = machine.current;
        boolean isVar = body.isVar(declaration);
        ExpressionTree initializer = declaration.getInitializer();
        boolean functional = initializer instanceof com.sun.source.tree.LambdaExpressionTree
                || initializer instanceof com.sun.source.tree.MemberReferenceTree;
        machine.add(() -> {
            if (var.hoisted()) {
                LocalClasses.Hoisted localType = localClasses.forType(var.type);
                if (init != null && functional && localType != null) {
                    // The field has a named supertype (Object for a local interface): the lambda needs its target.
                    return CodeBlock.of("$N = ($N) $L;\n", var.name, localType.name(), init.get());
                }
                return init == null ? CodeBlock.of("") : CodeBlock.of("$N = $L;\n", var.name, init.get());
            }
            CodeBlock type = isVar ? CodeBlock.of("var") : rewriter.typeInResume(var.type);
            return init == null ? CodeBlock.of("$L $N;\n", type, var.name)
                    : CodeBlock.of("$L $N = $L;\n", type, var.name, init.get());
        });
        recordState(element, state);
    }

    private void lowerReturn(ReturnTree statement) {
        ExpressionTree expression = statement.getExpression();
        boolean follow = !exits.isDone(expression);
        ExpressionTree returned = follow ? expression : Exits.doneArgument(expression);
        Supplier<CodeBlock> value = returned == null ? () -> CodeBlock.of("null") : spiller.spill(returned);
        if (Exits.findFinally(region, null) == null) {
            machine.add(() -> CodeBlock.of("$L($L);\n$L\n", follow ? "returnFrom" : "returnWith", value.get(),
                    machine.outOfResume));
            machine.close();
            return;
        }
        // The finally runs first: the value waits in a field, and the finally's pending branch returns it.
        String field = exits.storeReturnValue(follow);
        machine.add(() -> CodeBlock.of("$N = $L;\n", field, value.get()));
        CodeBlock exit = exits.exitCode(new Return(follow), region, false);
        machine.add(() -> exit);
        machine.close();
    }

    private void lowerIf(IfTree statement) {
        StatementTree then = statement.getThenStatement();
        StatementTree otherwise = statement.getElseStatement();
        boolean split = body.containsYield(then) || body.containsYield(otherwise);
        // A copied if whose test has a pattern stores it first too (ExpressionSpiller.spillTest).
        Supplier<CodeBlock> condition = split ? spiller.spillTest(statement.getCondition(), true)
                : spiller.hasPattern(statement.getCondition()) ? spiller.spillTest(statement.getCondition(), false)
                : spiller.spill(statement.getCondition());
        if (!split) {
            Exits.Leave leave = exits.prepareVerbatim(then, otherwise);
            State state = machine.current;
            noteUses(then, state);
            noteUses(otherwise, state);
            boolean completes = reachability.canCompleteNormally(then) || otherwise == null
                    || reachability.canCompleteNormally(otherwise);
            machine.add(() -> copied(leave, otherwise == null
                    ? CodeBlock.of("if $L $L\n", condition.get(), rewriter.renderBranch(then))
                    : CodeBlock.of("if $L $L else $L\n", condition.get(), rewriter.renderBranch(then),
                            rewriter.renderBranch(otherwise)), completes));
            if (!completes) {
                machine.close();
            }
            return;
        }
        State elseState = machine.newState(region, "else");
        State end = machine.newState(region, "after if");
        machine.add(() -> machine.jumpIf(condition.get(), otherwise == null ? end : elseState));
        lowerStatement(then);
        machine.jump(end);
        if (otherwise != null) {
            machine.place(elseState);
            lowerStatement(otherwise);
            machine.jump(end);
        }
        machine.place(end);
    }

    /** A contextual {@code yield v} of a lowered switch expression: store v, leave to after the switch. */
    private void lowerYield(YieldTree statement) {
        Exits.YieldTarget target = exits.yieldTarget(body.path(statement));
        if (target == null) {
            throw new LoweringError(statement, Message.UNSUPPORTED, "This yield", "Report it as a kaa-processor bug.");
        }
        Supplier<CodeBlock> value = spiller.spill(statement.getValue());
        machine.add(() -> CodeBlock.of("$N = $L;\n", target.value(), value.get()));
        CodeBlock exit = exits.exitCode(new Goto(target.exit(), target.region()), region, false);
        machine.add(() -> exit);
        machine.close();
    }

    // ------------------------------------------------------------------------------------------------ verbatim

    /** Copies a statement without {@code yield_} as written, after planning its jumps out. */
    private void verbatim(StatementTree statement) {
        Exits.Leave leave = exits.prepareVerbatim(statement);
        noteUses(statement);
        Supplier<CodeBlock> jump = replacements.get(statement);
        boolean completes = reachability.canCompleteNormally(statement);
        machine.add(() -> jump != null ? jump.get()
                : copied(leave, CodeBlock.of("$L\n", rewriter.render(statement)), completes));
        if (!completes) {
            machine.close();
        }
    }

    /** A copied statement as it goes into its state: as rendered, or wrapped for jumps that leave a copied try. */
    private CodeBlock copied(Exits.Leave leave, CodeBlock statement, boolean canCompleteNormally) {
        return leave == null ? statement : exits.wrapped(leave, statement, canCompleteNormally);
    }

    Region region() {
        return region;
    }

    void setRegion(Region region) {
        this.region = region;
    }

    // ------------------------------------------------------------------------------------------------ variables

    private void recordState(Element element, State state) {
        variables.use(element, state.key);
    }

    /** Records every local variable {@code tree} mentions as used in the current state. */
    void noteUses(Tree tree) {
        noteUses(tree, machine.current);
    }

    void noteUses(Tree tree, State state) {
        if (tree == null) {
            return;
        }
        int key = state.key;
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                Element element = BodyContext.elementAt(body.trees, getCurrentPath());
                if (Variables.isLocal(element)) {
                    variables.use(element, key);
                }
                return null;
            }

            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Element element = BodyContext.elementAt(body.trees, getCurrentPath());
                if (Variables.isLocal(element)) {
                    variables.use(element, key);
                }
                return super.visitVariable(node, unused);
            }
        }.scan(body.path(tree), null);
    }

    List<State> states() {
        return new ArrayList<>(machine.placed);
    }
}
