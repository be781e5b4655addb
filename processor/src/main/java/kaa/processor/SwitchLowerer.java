package kaa.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

import com.palantir.javapoet.ClassName;
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
     * Java 17, whose tree API has no {@code CaseTree.getGuard()} and only a preview {@code getLabels()}: both are
     * looked up by name ({@link #labels}, {@link #guard}), and a JDK without them has no such cases.
     */
    static boolean isPatternCase(CaseTree c) {
        return guard(c) != null || labels(c).stream().anyMatch(label -> label.pattern() != null
                || label.constant() != null && label.constant().getKind() == Tree.Kind.NULL_LITERAL);
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
        boolean patterns = cases.stream().anyMatch(SwitchLowerer::isPatternCase);
        if (patterns) {
            for (CaseTree c : cases) {
                for (Label label : labels(c)) {
                    if (label.pattern() != null) {
                        lowerer.spiller.hoistBindings(label.pattern());
                    }
                }
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
            List<Label> labels = labels(c);
            boolean isDefault = labels.stream().anyMatch(Label::isDefault);
            Tree first = labels.isEmpty() ? null : labels.get(0).pattern() != null ? labels.get(0).pattern()
                    : labels.get(0).constant();
            states.add(machine.newState(lowerer.region(), first == null ? "default"
                    : "case " + lowerer.body.firstLine(first)));
            hasDefault |= isDefault;
        }
        if (patterns) {
            lowerPatternTests(temp, lowerer.body.typeOf(selector), cases, states);
        } else {
            // A switch expression is exhaustive even without default (enums); javac then throws on an unknown value.
            // A switch on a boolean (primitive patterns, a preview of Java 23 to 25) with both constants is exhaustive
            // to javac: a statement after it would be unreachable.
            boolean exhaustive = hasDefault || lowerer.body.typeOf(selector).getKind() == TypeKind.BOOLEAN
                    && cases.stream().flatMap(c -> c.getExpressions().stream()).map(String::valueOf)
                            .collect(java.util.stream.Collectors.toSet()).containsAll(List.of("true", "false"));
            machine.add(() -> dispatch(temp, cases, states, exhaustive, exit, value != null));
            machine.close();
        }

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

    /**
     * The tests of a switch with pattern, null or guarded cases (Java 21), as states: in the order of the cases, as
     * Java makes them (null first: without a {@code case null}, a null selector throws), each pattern an
     * {@code instanceof} of the selector that stores its bindings into their fields, then the case's guard in states
     * of its own (it may await; it reads the bindings' fields), whose failure goes on with the next case's tests; no
     * match and no default is Java's {@code MatchException}. A primitive selector (primitive patterns, a preview of
     * Java 23 to 25) is never null, and its constants are compared by value as Java does: {@code ==}, and for
     * {@code float} and {@code double} by representation ({@code Float.compare}), not boxed.
     */
    private void lowerPatternTests(String temp, TypeMirror selectorType, List<? extends CaseTree> cases,
            List<State> states) {
        boolean primitive = selectorType.getKind().isPrimitive();
        State nullCase = null;
        State defaultCase = null;
        for (int i = 0; i < cases.size(); i++) {
            for (Label label : labels(cases.get(i))) {
                if (label.constant() != null && label.constant().getKind() == Tree.Kind.NULL_LITERAL) {
                    nullCase = states.get(i);
                }
                if (label.isDefault()) {
                    defaultCase = states.get(i);
                }
            }
        }
        if (primitive) {
            // nothing: a primitive is never null
        } else if (nullCase != null) {
            State target = nullCase;
            machine.add(() -> machine.jumpIf(CodeBlock.of("($L == null)", lowerer.spiller.read(temp)), target));
        } else {
            machine.add(() -> CodeBlock.builder().beginControlFlow("if ($L == null)", lowerer.spiller.read(temp))
                    .addStatement("throw new $T()", NullPointerException.class).endControlFlow().build());
        }
        for (int i = 0; i < cases.size(); i++) {
            CaseTree c = cases.get(i);
            Tree guard = guard(c);
            State body = states.get(i);
            State guardState = guard == null ? null
                    : machine.newState(lowerer.region(), "when " + lowerer.body.firstLine(guard));
            State target = guardState != null ? guardState : body;
            for (Label label : labels(c)) {
                if (label.pattern() != null) {
                    Tree pattern = label.pattern();
                    lowerer.noteUses(pattern);
                    machine.add(() -> machine.jumpIf(CodeBlock.of("($L instanceof $L$L)", lowerer.spiller.read(temp),
                            lowerer.rewriter.render(pattern), lowerer.rewriter.bindingStores(pattern)), target));
                } else if (label.constant() != null && label.constant().getKind() != Tree.Kind.NULL_LITERAL) {
                    ExpressionTree constant = label.constant();
                    lowerer.noteUses(constant);
                    machine.add(() -> machine.jumpIf(primitive
                            ? primitiveEquals(selectorType, lowerer.spiller.read(temp), constant(constant))
                            : CodeBlock.of("($T.equals($L, $L))", java.util.Objects.class, lowerer.spiller.read(temp),
                                    constant(constant)), target));
                }
            }
            if (guardState != null) {
                State next = machine.newState(lowerer.region(), "after when");
                machine.jump(next);
                machine.place(guardState);
                Supplier<CodeBlock> test = lowerer.spiller.spillTest((ExpressionTree) guard, false);
                machine.add(() -> machine.jumpIf(test.get(), body));
                machine.jumpAndPlace(next);
            }
        }
        if (defaultCase != null) {
            machine.jump(defaultCase);
        } else {
            machine.add("throw new $T(null, null);\n", ClassName.get("java.lang", "MatchException"));
            machine.close();
        }
    }

    /** Whether a primitive selector equals a case constant, as a switch compares them. */
    private static CodeBlock primitiveEquals(TypeMirror type, CodeBlock selector, CodeBlock constant) {
        return switch (type.getKind()) {
            case FLOAT -> CodeBlock.of("($T.compare($L, $L) == 0)", Float.class, selector, constant);
            case DOUBLE -> CodeBlock.of("($T.compare($L, $L) == 0)", Double.class, selector, constant);
            default -> CodeBlock.of("($L == $L)", selector, constant);
        };
    }

    /** A case constant outside a switch: an enum constant qualified, anything else as rendered. */
    private CodeBlock constant(ExpressionTree constant) {
        javax.lang.model.element.Element element = lowerer.body.elementOf(constant);
        if (element != null && element.getKind() == javax.lang.model.element.ElementKind.ENUM_CONSTANT) {
            return CodeBlock.of("$T.$N", ClassName.get((javax.lang.model.element.TypeElement)
                    element.getEnclosingElement()), element.getSimpleName().toString());
        }
        return lowerer.rewriter.render(constant);
    }

    /** One label of a case: a pattern, a constant (null included) or default. */
    private record Label(Tree pattern, ExpressionTree constant, boolean isDefault) {}

    /** The labels of {@code c}, read from Java 21's API where javac has it (the processor is compiled for 17). */
    private static List<Label> labels(CaseTree c) {
        List<Label> labels = new ArrayList<>();
        try {
            for (Object label : (List<?>) CaseTree.class.getMethod("getLabels").invoke(c)) {
                Tree tree = (Tree) label;
                switch (tree.getKind().name()) {
                    case "PATTERN_CASE_LABEL" -> labels.add(new Label((Tree) treeApi("PatternCaseLabelTree")
                            .getMethod("getPattern").invoke(tree), null, false));
                    case "CONSTANT_CASE_LABEL" -> labels.add(new Label(null, (ExpressionTree) treeApi(
                            "ConstantCaseLabelTree").getMethod("getConstantExpression").invoke(tree), false));
                    case "DEFAULT_CASE_LABEL" -> labels.add(new Label(null, null, true));
                    default -> {
                        if (tree instanceof ExpressionTree expression) { // JDK 17: the label is the expression
                            labels.add(new Label(null, expression, false));
                        }
                    }
                }
            }
            if (labels.isEmpty()) {
                labels.add(new Label(null, null, true));
            }
            return labels;
        } catch (NoSuchMethodException java17) {
            // below
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
        for (ExpressionTree expression : c.getExpressions()) {
            labels.add(new Label(null, expression, false));
        }
        if (labels.isEmpty()) {
            labels.add(new Label(null, null, true));
        }
        return labels;
    }

    /** An interface of the exported tree API by its simple name (javac's own classes are not accessible). */
    private static Class<?> treeApi(String name) throws ClassNotFoundException {
        return Class.forName("com.sun.source.tree." + name, false, CaseTree.class.getClassLoader());
    }

    /** The guard ({@code when}) of a case, or null. */
    private static Tree guard(CaseTree c) {
        try {
            return (Tree) CaseTree.class.getMethod("getGuard").invoke(c);
        } catch (NoSuchMethodException java17) {
            return null;
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
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
