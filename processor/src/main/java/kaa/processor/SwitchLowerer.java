package kaa.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;

import kaa.processor.MachineStates.State;

/**
 * Lowers a {@code switch} (classic or arrow, statement or expression) that contains a {@code yield_}: the selector
 * is evaluated once into a temporary, a native switch on it jumps to one state per case, classic cases fall through
 * to the next case's state, and {@code break} leaves to the state after the switch. A switch expression stores each
 * arm's value (an arrow expression, or the contextual {@code yield v}) in a temporary that is its value.
 */
final class SwitchLowerer {
    private final StatementLowerer lowerer;
    private final MachineStates machine;

    SwitchLowerer(StatementLowerer lowerer) {
        this.lowerer = lowerer;
        this.machine = lowerer.machine;
    }

    /**
     * Whether a case has a pattern, a guard or {@code null} among its labels (Java 21). The processor is compiled for
     * Java 17, whose tree API has neither {@code CaseTree.getLabels()} nor {@code getGuard()}: they are looked up by
     * name, and a JDK without them has no such cases.
     */
    static boolean isPatternCase(CaseTree c) {
        try {
            Object guard = CaseTree.class.getMethod("getGuard").invoke(c);
            if (guard != null) {
                return true;
            }
            for (Object label : (List<?>) CaseTree.class.getMethod("getLabels").invoke(c)) {
                String kind = ((com.sun.source.tree.Tree) label).getKind().name();
                if (kind.equals("PATTERN_CASE_LABEL")) {
                    return true;
                }
            }
        } catch (NoSuchMethodException java17) {
            return false;
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
        for (ExpressionTree expression : c.getExpressions()) {
            if (expression.getKind() == com.sun.source.tree.Tree.Kind.NULL_LITERAL) {
                return true;
            }
        }
        return false;
    }

    void lower(SwitchTree statement) {
        State exit = machine.newState(lowerer.region(), "after switch");
        lowerer.exits.putTarget(statement, exit, null);
        lower(statement.getExpression(), statement.getCases(), exit, null);
    }

    /** A switch expression: returns the code of its value, a temporary set by every arm. */
    Supplier<CodeBlock> lower(SwitchExpressionTree expression) {
        State exit = machine.newState(lowerer.region(), "after switch");
        String value = lowerer.spiller.newTemporary("switchValue", lowerer.body.typeOf(expression));
        lowerer.exits.putYieldTarget(expression, value, exit);
        lower(expression.getExpression(), expression.getCases(), exit, value);
        return () -> lowerer.spiller.read(value);
    }

    private void lower(ExpressionTree parenthesized, List<? extends CaseTree> cases, State exit, String value) {
        for (CaseTree c : cases) {
            if (isPatternCase(c)) {
                throw new LoweringError(c, Message.UNSUPPORTED, "A switch with pattern, null or guarded cases",
                        "Await before the switch and switch on the value, or use if/else with instanceof.");
            }
        }
        ExpressionTree selector = parenthesized instanceof ParenthesizedTree
                ? ((ParenthesizedTree) parenthesized).getExpression() : parenthesized;
        Supplier<CodeBlock> selected = lowerer.spiller.spill(selector);
        String temp = lowerer.spiller.newTemporary("selector", lowerer.body.typeOf(selector));
        machine.add(() -> CodeBlock.of("$N = $L;\n", temp, selected.get()));

        List<State> states = new ArrayList<>();
        boolean hasDefault = false;
        for (CaseTree c : cases) {
            states.add(machine.newState(lowerer.region(), c.getExpressions().isEmpty() ? "default"
                    : "case " + lowerer.body.firstLine(c.getExpressions().get(0))));
            hasDefault |= c.getExpressions().isEmpty();
        }
        // A switch expression is exhaustive even without default (enums); javac then throws on an unknown value.
        boolean exhaustive = hasDefault;
        machine.add(() -> dispatch(temp, cases, states, exhaustive, exit, value != null));
        machine.close();

        for (int i = 0; i < cases.size(); i++) {
            CaseTree c = cases.get(i);
            machine.place(states.get(i));
            if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
                Tree rule = c.getBody();
                if (rule instanceof ExpressionTree) {
                    Supplier<CodeBlock> code = lowerer.spiller.spill((ExpressionTree) rule);
                    machine.add(() -> value == null ? CodeBlock.of("$L;\n", code.get())
                            : CodeBlock.of("$N = $L;\n", value, code.get()));
                } else {
                    lowerer.lowerStatement((StatementTree) rule);
                }
                machine.jump(exit);
            } else {
                lowerer.lowerStatements(c.getStatements());
                machine.jump(i + 1 < states.size() ? states.get(i + 1) : exit);
            }
        }
        machine.place(exit);
    }

    private CodeBlock dispatch(String temp, List<? extends CaseTree> cases, List<State> states, boolean exhaustive,
            State exit, boolean isExpression) {
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", lowerer.spiller.read(temp));
        for (int i = 0; i < cases.size(); i++) {
            List<? extends ExpressionTree> labels = cases.get(i).getExpressions();
            if (labels.isEmpty()) {
                code.add("default:\n");
            } else {
                code.add("case ");
                for (int j = 0; j < labels.size(); j++) {
                    code.add(j == 0 ? "$L" : ", $L", lowerer.rewriter.render(labels.get(j)));
                }
                code.add(":\n");
            }
            code.add("$>label = $L;\n$L\n$<", states.get(i).id(), machine.toDispatch);
        }
        code.endControlFlow();
        if (!exhaustive) {
            if (isExpression) {
                // An enum switch expression without default: a constant added later fails as Java's would.
                code.addStatement("throw new $T(String.valueOf($N))", IncompatibleClassChangeError.class, temp);
            } else {
                code.add("label = $L;\n$L\n", exit.id(), machine.toDispatch);
            }
        }
        return code.build();
    }
}
