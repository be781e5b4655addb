package kaa.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;

import kaa.processor.MachineStates.Exit;
import kaa.processor.MachineStates.Finally;
import kaa.processor.MachineStates.Region;
import kaa.processor.MachineStates.State;

/**
 * Lowers a {@code try} statement that contains a {@code yield_} (docs/lowering.md, pass 4): its block's states get
 * an exception region whose handler tests the catch clauses in order; with a {@code finally}, every way out of the
 * block and the catch clauses records a pending branch, the finally body runs as ordinary states, and its end
 * rethrows the pending exception (the same object) or replays the pending jump. try-with-resources becomes one such
 * try per resource, whose finally closes it.
 */
final class TryLowerer {
    private static final ClassName THROWABLE = ClassName.get(Throwable.class);

    private final StatementLowerer lowerer;
    private final MachineStates machine;

    TryLowerer(StatementLowerer lowerer) {
        this.lowerer = lowerer;
        this.machine = lowerer.machine;
    }

    void lower(TryTree statement) {
        List<? extends Tree> resources = statement.getResources();
        Runnable block = resources.isEmpty()
                ? () -> lowerer.lowerStatement(statement.getBlock())
                : () -> lowerResources(resources, 0, statement.getBlock());
        BlockTree finallyTree = statement.getFinallyBlock();
        Consumer<Finally> finallyBody = finallyTree == null ? null : finallyBlock -> {
            Map<String, String> kept = lowerer.exits.keepReturnValues(finallyTree);
            if (!kept.isEmpty()) {
                machine.sourceLine = (int) lowerer.body.line(finallyTree.getStatements().isEmpty() ? finallyTree
                        : finallyTree.getStatements().get(0));
                CodeBlock.Builder code = CodeBlock.builder()
                        .add("// kept: a return this finally gives up leaves a pending return's value as it was\n");
                kept.forEach((field, copy) -> code.add("$N = $N;\n", copy, field));
                machine.add("$L", code.build());
            }
            lowerer.lowerStatement(finallyTree);
            finallyBlock.restore = kept;
        };
        if (!resources.isEmpty() && statement.getCatches().isEmpty() && finallyBody == null) {
            block.run();
            return;
        }
        lower(block, statement.getCatches(), finallyBody);
    }

    /**
     * A {@code try} whose block is lowered by {@code block}, with catch clauses and a finally body (lowered by
     * {@code finallyBody}, given the finally's bookkeeping; null for none).
     */
    private void lower(Runnable block, List<? extends CatchTree> catches, Consumer<Finally> finallyBody) {
        Region outer = lowerer.region();
        State exit = machine.newState(outer, "after try");
        Finally finallyBlock = null;
        State toFinally = null;
        if (finallyBody != null) {
            State entry = machine.newState(outer, "finally");
            finallyBlock = new Finally(entry, lowerer.spiller.newField("pendingBranch", TypeName.INT),
                    lowerer.spiller.newField("pendingException", THROWABLE), outer);
            toFinally = machine.newState(outer, "exception on the way to finally");
        }
        Region catchRegion = finallyBlock == null ? outer : new Region(outer, toFinally, finallyBlock);
        State catchDispatch = catches.isEmpty() ? null : machine.newState(catchRegion, "which catch?");
        Region bodyRegion = new Region(outer, catchDispatch != null ? catchDispatch : toFinally, finallyBlock);

        lowerer.setRegion(bodyRegion);
        machine.jumpAndPlace(machine.newState(bodyRegion, "try"));
        block.run();
        leaveNormally(finallyBlock, exit);

        if (catchDispatch != null) {
            lowerCatches(catches, catchDispatch, catchRegion, finallyBlock, exit);
        }
        lowerer.setRegion(outer);
        if (finallyBlock != null) {
            lowerFinally(finallyBody, finallyBlock, toFinally, exit);
        }
        machine.place(exit);
    }

    /**
     * try-with-resources, as JLS 14.20.3.1 specifies: each resource is a try whose finally closes it, adding a
     * failure of {@code close()} to the pending exception as suppressed, or throwing it when there is none.
     */
    private void lowerResources(List<? extends Tree> resources, int index, Tree block) {
        if (index == resources.size()) {
            lowerer.lowerStatement((StatementTree) block);
            return;
        }
        Tree resource = resources.get(index);
        Supplier<CodeBlock> reference;
        if (resource instanceof VariableTree) {
            VariableTree declaration = (VariableTree) resource;
            lowerer.lowerVariable(declaration);
            Element element = BodyContext.elementAt(lowerer.body.trees, lowerer.body.path(declaration));
            Variables.Var var = lowerer.variables.get(element);
            reference = () -> CodeBlock.of("$N", var.name);
            lower(() -> lowerResources(resources, index + 1, block), List.of(), finallyBlock -> {
                lowerer.variables.use(element, machine.current.key);
                close(reference, finallyBlock);
            });
        } else {
            ExpressionTree expression = (ExpressionTree) resource;
            Supplier<CodeBlock> value = lowerer.spiller.spill(expression);
            String temp = lowerer.spiller.newField("resource", TypeNames.of(lowerer.body.typeOf(expression)));
            machine.add(() -> CodeBlock.of("$N = $L;\n", temp, value.get()));
            reference = () -> CodeBlock.of("$N", temp);
            lower(() -> lowerResources(resources, index + 1, block), List.of(),
                    finallyBlock -> close(reference, finallyBlock));
        }
    }

    private void close(Supplier<CodeBlock> resource, Finally finallyBlock) {
        String suppressed = lowerer.names.newName("closeFailure");
        String pending = finallyBlock.pendingException;
        machine.add(() -> CodeBlock.builder()
                .beginControlFlow("if ($L != null)", resource.get())
                .beginControlFlow("if ($N != null)", pending)
                .beginControlFlow("try")
                .addStatement("$L.close()", resource.get())
                .nextControlFlow("catch ($T $N)", THROWABLE, suppressed)
                .addStatement("$N.addSuppressed($N)", pending, suppressed)
                .endControlFlow()
                .nextControlFlow("else")
                .addStatement("$L.close()", resource.get())
                .endControlFlow()
                .endControlFlow()
                .build());
    }

    private void lowerCatches(List<? extends CatchTree> catches, State dispatch, Region catchRegion,
            Finally finallyBlock, State exit) {
        lowerer.setRegion(catchRegion);
        machine.place(dispatch);
        List<State> bodies = new ArrayList<>();
        for (CatchTree clause : catches) {
            State handler = machine.newState(catchRegion, "catch (" + lowerer.body.firstLine(clause.getParameter())
                    + ")");
            bodies.add(handler);
            CodeBlock test = instanceTest(clause);
            machine.add(() -> machine.jumpIf(CodeBlock.of("($L)", test), handler));
        }
        machine.add("throw thrown;\n");
        machine.close();
        int tryLine = machine.sourceLine;
        for (int i = 0; i < catches.size(); i++) {
            CatchTree clause = catches.get(i);
            machine.sourceLine = (int) lowerer.body.line(clause); // the handler's state is the catch's line
            machine.place(bodies.get(i));
            TypeName type = TypeNames.of(declaredType(clause));
            // thrown is a Throwable: casting it to Throwable is the redundant cast javac's lint reports.
            lowerer.declare(clause.getParameter(), () -> type.equals(TypeName.get(Throwable.class))
                    ? CodeBlock.of("thrown") : CodeBlock.of("($T) thrown", type));
            lowerer.lowerStatement(clause.getBlock());
            machine.sourceLine = tryLine;
            leaveNormally(finallyBlock, exit);
        }
    }

    /** The type of the catch parameter: for a multi-catch, the bound of its alternatives Java gives it. */
    private TypeMirror declaredType(CatchTree clause) {
        TypeMirror type = parameterType(clause);
        return type.getKind() == TypeKind.UNION ? TypeNames.unionBound((UnionType) type, lowerer.body.types) : type;
    }

    private TypeMirror parameterType(CatchTree clause) {
        return BodyContext.elementAt(lowerer.body.trees, lowerer.body.path(clause.getParameter())).asType();
    }

    private CodeBlock instanceTest(CatchTree clause) {
        TypeMirror type = parameterType(clause);
        List<TypeMirror> alternatives = new ArrayList<>();
        if (type instanceof UnionType) {
            alternatives.addAll(((UnionType) type).getAlternatives());
        } else {
            alternatives.add(type);
        }
        CodeBlock.Builder test = CodeBlock.builder();
        for (int i = 0; i < alternatives.size(); i++) {
            test.add(i == 0 ? "thrown instanceof $T" : " || thrown instanceof $T", TypeNames.of(alternatives.get(i)));
        }
        return test.build();
    }

    private void lowerFinally(Consumer<Finally> finallyBody, Finally finallyBlock, State toFinally, State exit) {
        machine.place(toFinally);
        machine.add("$N = thrown;\n", finallyBlock.pendingException);
        machine.jump(finallyBlock.entry);
        machine.place(finallyBlock.entry);
        finallyBody.accept(finallyBlock);
        if (machine.current.closed) {
            return;
        }
        machine.add("if ($N != null) {\n$>thrown = $N;\n$N = null;\nthrow thrown;\n$<}\n",
                finallyBlock.pendingException, finallyBlock.pendingException, finallyBlock.pendingException);
        finallyBlock.restore.forEach((field, copy) -> machine.add("$N = $N;\n", field, copy));
        List<CodeBlock> replays = new ArrayList<>();
        for (Exit replay : finallyBlock.replays) {
            replays.add(lowerer.exits.exitCode(replay, finallyBlock.outside, false));
        }
        String pending = finallyBlock.pendingBranch;
        machine.add(() -> {
            CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($N)", pending);
            for (int i = 0; i < replays.size(); i++) {
                code.add("case $L:\n$>$L$<", i + 1, replays.get(i));
            }
            code.add("default:\n$>label = $L;\n$L\n$<", exit.id(), machine.toDispatch);
            return code.endControlFlow().build();
        });
        machine.close();
    }

    /** Falling off the end of the block or a catch clause: through the finally if there is one. */
    private void leaveNormally(Finally finallyBlock, State exit) {
        if (machine.current.closed) {
            return;
        }
        if (finallyBlock == null) {
            machine.jump(exit);
            return;
        }
        machine.add("$L", finallyBlock.enter(0, machine));
        machine.close();
    }
}
