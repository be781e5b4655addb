package kaa.processor;

import java.util.Iterator;
import java.util.function.Supplier;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.WhileLoopTree;

import kaa.processor.MachineStates.State;

/**
 * Lowers a loop or labeled statement that contains a {@code yield_} (docs/lowering.md, pass 3): the condition gets a
 * state of its own that every turn jumps back to, the body is lowered in between, and the loop registers where its
 * {@code break} and {@code continue} go (a labeled loop under the loop itself, which is what a labeled jump finds).
 * A for-each loop keeps its array and index, or its iterator, in temporaries that live across suspensions.
 */
final class LoopLowerer {
    private final StatementLowerer lowerer;
    private final BodyContext body;
    private final MachineStates machine;
    private final ExpressionSpiller spiller;

    LoopLowerer(StatementLowerer lowerer) {
        this.lowerer = lowerer;
        this.body = lowerer.body;
        this.machine = lowerer.machine;
        this.spiller = lowerer.spiller;
    }

    /** One of the four loops ({@code Reachability.isLoop}). */
    void lower(StatementTree loop) {
        switch (loop.getKind()) {
            case WHILE_LOOP -> lowerWhile((WhileLoopTree) loop);
            case DO_WHILE_LOOP -> lowerDoWhile((DoWhileLoopTree) loop);
            case FOR_LOOP -> lowerFor((ForLoopTree) loop);
            case ENHANCED_FOR_LOOP -> lowerForEach((EnhancedForLoopTree) loop);
            default -> throw new IllegalArgumentException("not a loop: " + loop.getKind());
        }
    }

    void lowerLabeled(LabeledStatementTree labeled) {
        StatementTree inner = labeled.getStatement();
        if (Reachability.isLoop(inner)) {
            lower(inner);
            return;
        }
        State exit = machine.newState(lowerer.region(), "after " + labeled.getLabel());
        lowerer.exits.putTarget(labeled, exit, null);
        lowerer.lowerStatement(inner);
        machine.jumpAndPlace(exit);
    }

    private void lowerWhile(WhileLoopTree loop) {
        State condition = machine.newState(lowerer.region(), "while " + body.firstLine(loop.getCondition()));
        State exit = machine.newState(lowerer.region(), "after while");
        machine.jumpAndPlace(condition);
        Supplier<CodeBlock> test = spiller.spillTest(loop.getCondition(), true);
        machine.add(() -> machine.jumpIf(test.get(), exit));
        lowerer.exits.putTarget(loop, exit, condition);
        lowerer.lowerStatement(loop.getStatement());
        machine.jump(condition);
        machine.place(exit);
    }

    private void lowerDoWhile(DoWhileLoopTree loop) {
        State top = machine.newState(lowerer.region(), "do");
        State condition = machine.newState(lowerer.region(), "while " + body.firstLine(loop.getCondition()));
        State exit = machine.newState(lowerer.region(), "after do-while");
        machine.jumpAndPlace(top);
        lowerer.exits.putTarget(loop, exit, condition);
        lowerer.lowerStatement(loop.getStatement());
        machine.jumpAndPlace(condition);
        Supplier<CodeBlock> test = spiller.spillTest(loop.getCondition(), false);
        machine.add(() -> machine.jumpIf(test.get(), top));
        machine.jumpAndPlace(exit);
    }

    private void lowerFor(ForLoopTree loop) {
        for (com.sun.source.tree.StatementTree init : loop.getInitializer()) {
            // 'n = len' in 'for (n = len; ...)' ends before the header's ';': not a statement to copy as written.
            if (init instanceof ExpressionStatementTree expression) {
                lowerer.lowerExpressionStatement(expression);
            } else {
                lowerer.lowerStatement(init);
            }
        }
        State condition = machine.newState(lowerer.region(), "for " + (loop.getCondition() == null ? "(;;)"
                : body.firstLine(loop.getCondition())));
        State update = machine.newState(lowerer.region(), "for update");
        State exit = machine.newState(lowerer.region(), "after for");
        machine.jumpAndPlace(condition);
        if (loop.getCondition() != null) {
            Supplier<CodeBlock> test = spiller.spillTest(loop.getCondition(), true);
            machine.add(() -> machine.jumpIf(test.get(), exit));
        }
        lowerer.exits.putTarget(loop, exit, update);
        lowerer.lowerStatement(loop.getStatement());
        machine.jumpAndPlace(update);
        for (ExpressionStatementTree step : loop.getUpdate()) {
            lowerer.lowerExpressionStatement(step);
        }
        machine.jump(condition);
        machine.place(exit);
    }

    private void lowerForEach(EnhancedForLoopTree loop) {
        TypeMirror iterableType = body.typeOf(loop.getExpression());
        Supplier<CodeBlock> source = spiller.spill(loop.getExpression());
        State condition = machine.newState(lowerer.region(), "for (" + body.firstLine(loop.getVariable())
                + " : ...)");
        State exit = machine.newState(lowerer.region(), "after for");
        Supplier<CodeBlock> next;
        if (iterableType.getKind() == TypeKind.ARRAY) {
            String array = spiller.newTemporary("array", iterableType);
            String index = spiller.newField("index", TypeName.INT);
            machine.add(() -> CodeBlock.of("$N = $L;\n$N = 0;\n", array, source.get(), index));
            machine.jumpAndPlace(condition);
            machine.add(() -> machine.jumpIf(CodeBlock.of("($N >= $N.length)", index, array), exit));
            next = () -> CodeBlock.of("$L[$N++]", spiller.read(array), index);
        } else {
            TypeMirror element = elementType(iterableType, loop);
            String iterator = spiller.newField("iterator", ParameterizedTypeName.get(ClassName.get(Iterator.class),
                    WildcardTypeName.subtypeOf(TypeNames.boxed(element, body.types))));
            machine.add(() -> CodeBlock.of("$N = $L.iterator();\n", iterator, source.get()));
            machine.jumpAndPlace(condition);
            machine.add(() -> machine.jumpIf(CodeBlock.of("(!$N.hasNext())", iterator), exit));
            next = () -> {
                // Iterator<? extends Object> for a List<Local>: the element is cast back to the local class.
                return lowerer.rewriter.castBack(element, CodeBlock.of("$N.next()", iterator));
            };
        }
        lowerer.declare(loop.getVariable(), next);
        lowerer.exits.putTarget(loop, exit, condition);
        lowerer.lowerStatement(loop.getStatement());
        machine.jump(condition);
        machine.place(exit);
    }

    /** The type of the elements the loop's iterator returns (the loop variable's type where that is unknown). */
    private TypeMirror elementType(TypeMirror iterableType, EnhancedForLoopTree loop) {
        TypeMirror element = BodyContext.elementAt(body.trees, body.path(loop.getVariable())).asType();
        TypeElement iterable = body.elements.getTypeElement(Iterable.class.getCanonicalName());
        TypeMirror receiver = iterableType.getKind() == TypeKind.TYPEVAR
                ? ((TypeVariable) iterableType).getUpperBound() : iterableType;
        if (receiver.getKind() == TypeKind.DECLARED) {
            TypeMirror iterableOfReceiver = body.types.asMemberOf((DeclaredType) receiver,
                    ElementFilter.methodsIn(iterable.getEnclosedElements()).stream()
                            .filter(m -> m.getSimpleName().contentEquals("iterator")).findFirst().orElseThrow());
            TypeMirror iterator = ((ExecutableType) iterableOfReceiver).getReturnType();
            if (iterator.getKind() == TypeKind.DECLARED && ((DeclaredType) iterator).getTypeArguments().size() == 1) {
                element = ((DeclaredType) iterator).getTypeArguments().get(0);
            }
        }
        return element;
    }
}
