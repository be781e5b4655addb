package kaa.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;

import kaa.processor.MachineStates.State;

/**
 * Spills {@code yield_} out of expressions (docs/lowering.md, pass 3): evaluates, in Java's left-to-right order,
 * every operand that comes before a suspension into a temporary field, turns each {@code yield_} into a suspension
 * whose value is read where the next state begins, and turns {@code &&}, {@code ||} and {@code ?:} around a
 * {@code yield_} into jumps so the suspension happens only on the branch that runs.
 */
final class ExpressionSpiller {
    private final StatementLowerer lowerer;
    private final BodyContext body;
    private final MachineStates machine;

    ExpressionSpiller(StatementLowerer lowerer) {
        this.lowerer = lowerer;
        this.body = lowerer.body;
        this.machine = lowerer.machine;
    }

    /** The value types of the temporaries made by {@link #newTemporary}. */
    private final java.util.Map<String, TypeMirror> temporaryTypes = new java.util.HashMap<>();

    /** A new synthetic field of the machine. */
    String newField(String hint, TypeName type) {
        String name = lowerer.names.newName(hint);
        machine.fields.put(name, type);
        return name;
    }

    /**
     * Makes fields of the pattern bindings {@code condition} declares: once the condition is stored in a temporary
     * and the operand after it runs in a state of its own, Java's flow scoping no longer carries a binding from the
     * one to the other ({@code o instanceof Boolean v && yield_(f(v))}), so the match stores it
     * ({@code o instanceof Boolean vBound && (v = vBound) != null}) and the later states read the field. Also for a
     * case label's pattern, whose bindings the case's body reads in other states than the test ({@link SwitchLowerer}).
     */
    void hoistBindings(Tree condition) {
        new OwnCodeScanner() {
            @Override
            public Void visitBindingPattern(com.sun.source.tree.BindingPatternTree pattern, Void unused) {
                lowerer.variables.get(body.elementOf(pattern.getVariable())).forced = true;
                return super.visitBindingPattern(pattern, unused);
            }

            @Override
            public Void visitSwitchExpression(SwitchExpressionTree inner, Void unused) {
                return null; // a binding in a switch expression copied as written (its case's, or its selector's)
            }
        }.scan(body.path(condition), null);
    }

    /**
     * {@link #spill} for a condition the lowering jumps on, parenthesized for {@link MachineStates#jumpIf}, and
     * negated if asked ({@code if (!(c)) { label = ...; continue dispatch; }}). A condition with a record pattern is
     * first stored into a boolean local, and its bindings become fields ({@link #hoistBindings}): javac 25 writes
     * stack map frames the JVM rejects ("Inconsistent stackmap frames", JDK-8390354) when a conditional jump is taken
     * past a record pattern that matched and a switch expression follows, which is the shape of a lowered {@code if},
     * loop or {@code ?:} around a {@code yield_} (fuzzer/findings/RecordPatternTestBeforeSwitchExpression.java).
     * javac 17 does the same for a type pattern ({@code o instanceof String u}) whose false jump is pending when the
     * binding's scope ends, once a later switch case declares a local in its register
     * (fuzzer/findings/BindingTestBeforeCopiedSwitch.java), so every test with a pattern is stored. Stored, the
     * pattern's own jumps end inside the initializer.
     */
    Supplier<CodeBlock> spillTest(ExpressionTree condition, boolean negated) {
        Supplier<CodeBlock> test = spill(condition);
        if (hasPattern(condition)) {
            hoistBindings(condition);
            String matched = lowerer.names.newName("matched");
            machine.add(() -> CodeBlock.of("boolean $N = $L;\n", matched, test.get()));
            return () -> CodeBlock.of(negated ? "(!$N)" : "($N)", matched);
        }
        boolean parenthesized = condition.getKind() == Tree.Kind.PARENTHESIZED;
        return () -> {
            CodeBlock code = parenthesized ? test.get() : CodeBlock.of("($L)", test.get());
            return negated ? CodeBlock.of("(!$L)", code) : code;
        };
    }

    /** Whether {@code condition} has a pattern of its own (not one in a lambda or class inside it). */
    boolean hasPattern(ExpressionTree condition) {
        boolean[] found = {false};
        new OwnCodeScanner() {
            @Override
            public Void scan(Tree tree, Void unused) {
                // Tree.Kind.DECONSTRUCTION_PATTERN is Java 21 API; the processor is built for 17.
                if (tree != null && (tree.getKind() == Tree.Kind.BINDING_PATTERN
                        || tree.getKind().name().equals("DECONSTRUCTION_PATTERN"))) {
                    found[0] = true;
                }
                return found[0] ? null : super.scan(tree, unused);
            }
        }.scan(body.path(condition), null);
        return found[0];
    }

    /** A field holding a value of {@code type} between states; where the value is used, {@link #read} it. */
    String newTemporary(String hint, TypeMirror type) {
        String name = newField(hint, lowerer.rewriter.fieldType(type));
        temporaryTypes.put(name, type);
        return name;
    }

    /**
     * A temporary where its value is used: cast back to the value's type where the field could not be declared with
     * it (a local class or enum, an intersection), or a call on it, a switch over it or an assignment from it would
     * see the field's type instead.
     */
    CodeBlock read(String temporary) {
        TypeMirror type = temporaryTypes.get(temporary);
        CodeBlock field = CodeBlock.of("$N", temporary);
        return type == null ? field : lowerer.rewriter.castBack(type, field);
    }

    /**
     * Emits what must run before {@code expression}'s value is available and returns the code that yields the
     * value, to be used in the current state before anything else suspends.
     */
    Supplier<CodeBlock> spill(ExpressionTree expression) {
        if (!body.containsYield(expression)) {
            lowerer.noteUses(expression);
            return () -> lowerer.rewriter.render(expression);
        }
        if (expression instanceof MethodInvocationTree && body.isDsl(body.path(expression), "yield_")) {
            return suspend((MethodInvocationTree) expression);
        }
        switch (expression.getKind()) {
            case CONDITIONAL_AND:
            case CONDITIONAL_OR:
                if (body.containsYield(((BinaryTree) expression).getRightOperand())) {
                    return shortCircuit((BinaryTree) expression);
                }
                break;
            case CONDITIONAL_EXPRESSION:
                ConditionalExpressionTree conditional = (ConditionalExpressionTree) expression;
                if (body.containsYield(conditional.getTrueExpression())
                        || body.containsYield(conditional.getFalseExpression())) {
                    return conditional(conditional);
                }
                break;
            case SWITCH_EXPRESSION:
                return new SwitchLowerer(lowerer).lower((SwitchExpressionTree) expression);
            default:
                if (expression instanceof CompoundAssignmentTree) {
                    return compoundAssignment((CompoundAssignmentTree) expression);
                }
                break;
        }
        return operands(expression);
    }

    /** {@code yield_(ip)}: suspend on {@code ip}; the value is read where the next state begins. */
    private Supplier<CodeBlock> suspend(MethodInvocationTree call) {
        State resume = machine.newState(lowerer.region(), body.fileName() + ":" + body.line(call) + "  "
                + body.firstLine(call));
        if (call.getArguments().isEmpty()) {
            State from = machine.current;
            lowerer.liveness.suspendsAt(from, resume);
            machine.add(() -> lowerer.liveness.suspension(from, resume, CodeBlock.of("yieldSlice($L)", resume.id()),
                    machine.outOfResume));
            machine.continueAfterSuspension(resume);
            return () -> CodeBlock.of("resumedFromSlice()");
        }
        ExpressionTree argument = call.getArguments().get(0);
        Supplier<CodeBlock> awaited = spill(argument);
        if (needsTargetType(argument)) {
            // yield_(InProgress.finished(Collector.of(...))) inferred its types from the yield_'s context; await's
            // parameter is InProgress<?>, so the argument gets that context from a declaration of its own type.
            TypeName argumentType = TypeNames.of(body.typeOf(argument));
            String local = lowerer.names.newName("awaited");
            Supplier<CodeBlock> value = awaited;
            machine.add(() -> CodeBlock.of("$T $N = $L;\n", argumentType, local, value.get()));
            awaited = () -> CodeBlock.of("$N", local);
        }
        Supplier<CodeBlock> awaitedCode = awaited;
        State from = machine.current;
        lowerer.liveness.suspendsAt(from, resume);
        machine.add(() -> lowerer.liveness.suspension(from, resume,
                CodeBlock.of("await($L, $L)", awaitedCode.get(), resume.id()), machine.outOfResume));
        machine.continueAfterSuspension(resume);
        TypeMirror type = body.typeOf(call);
        if (type.getKind() == javax.lang.model.type.TypeKind.INTERSECTION) {
            // a value of type Record & Named (lub of two records that implement Named): no type argument can say it,
            // a cast can (usertest round 10: read as Record, it was no Named)
            return () -> CodeBlock.of("(($L) $L.awaitedValue())", lowerer.rewriter.exactTypeOf(type),
                    machine.machineThis);
        }
        return () -> CodeBlock.of("$L.<$L>awaitedValue()", machine.machineThis, type.getKind().isPrimitive()
                ? CodeBlock.of("$T", TypeNames.boxed(type, body.types)) : lowerer.rewriter.typeInResume(type));
    }

    /**
     * Whether the awaited expression is a poly expression whose type javac inferred from the {@code yield_} around it
     * (a call of a generic method, a diamond, a conditional): copied into {@code await(...)} it would lose that.
     */
    private boolean needsTargetType(ExpressionTree argument) {
        ExpressionTree inner = argument;
        while (inner instanceof com.sun.source.tree.ParenthesizedTree parenthesized) {
            inner = parenthesized.getExpression();
        }
        if (inner instanceof MethodInvocationTree invocation) {
            return body.elementOf(invocation) instanceof javax.lang.model.element.ExecutableElement method
                    && !method.getTypeParameters().isEmpty() && invocation.getTypeArguments().isEmpty()
                    && !(body.isDsl(body.path(invocation), "yield_"));
        }
        if (inner instanceof NewClassTree creation) {
            return creation.getIdentifier() instanceof com.sun.source.tree.ParameterizedTypeTree type
                    && type.getTypeArguments().isEmpty();
        }
        return inner instanceof com.sun.source.tree.ConditionalExpressionTree;
    }

    /** {@code a && b} / {@code a || b} with a {@code yield_} in {@code b}: {@code b} runs only when needed. */
    private Supplier<CodeBlock> shortCircuit(BinaryTree expression) {
        hoistBindings(expression.getLeftOperand());
        String result = newField("condition", TypeName.BOOLEAN);
        Supplier<CodeBlock> left = spill(expression.getLeftOperand());
        machine.add(() -> CodeBlock.of("$N = $L;\n", result, left.get()));
        State end = machine.newState(lowerer.region(), "after " + (expression.getKind() == Tree.Kind.CONDITIONAL_AND
                ? "&&" : "||"));
        boolean and = expression.getKind() == Tree.Kind.CONDITIONAL_AND;
        machine.add(() -> machine.jumpIf(CodeBlock.of("($L$N)", and ? "!" : "", result), end));
        Supplier<CodeBlock> right = spill(expression.getRightOperand());
        machine.add(() -> CodeBlock.of("$N = $L;\n", result, right.get()));
        machine.jumpAndPlace(end);
        return () -> CodeBlock.of("$N", result);
    }

    /** {@code c ? x : y} with a {@code yield_} in {@code x} or {@code y}: only the chosen branch suspends. */
    private Supplier<CodeBlock> conditional(ConditionalExpressionTree expression) {
        hoistBindings(expression.getCondition());
        String result = newTemporary("choice", body.typeOf(expression));
        Supplier<CodeBlock> condition = spillTest(expression.getCondition(), true);
        State otherwise = machine.newState(lowerer.region(), "?: false branch");
        State end = machine.newState(lowerer.region(), "after ?:");
        machine.add(() -> machine.jumpIf(condition.get(), otherwise));
        Supplier<CodeBlock> whenTrue = spill(expression.getTrueExpression());
        machine.add(() -> CodeBlock.of("$N = $L;\n", result, whenTrue.get()));
        machine.jump(end);
        machine.place(otherwise);
        Supplier<CodeBlock> whenFalse = spill(expression.getFalseExpression());
        machine.add(() -> CodeBlock.of("$N = $L;\n", result, whenFalse.get()));
        machine.jumpAndPlace(end);
        return () -> read(result);
    }

    /**
     * {@code v op= yield_(x)}: the variable's location and old value are taken before suspending, as Java does,
     * then {@code v = (T) (old op (value))}. With {@code yield_} only in the location ({@code a[yield_(i)] += 1}), the
     * location's operands are evaluated into temporaries and the operator stays as written.
     */
    private Supplier<CodeBlock> compoundAssignment(CompoundAssignmentTree expression) {
        ExpressionTree variable = expression.getVariable();
        boolean valueSuspends = body.containsYield(expression.getExpression());
        Supplier<CodeBlock> location = location(variable, valueSuspends || body.containsYield(variable));
        String operator = operatorText(expression);
        if (!valueSuspends) {
            Supplier<CodeBlock> value = spill(expression.getExpression());
            return () -> CodeBlock.of("$L $L= $L", location.get(), operator, value.get());
        }
        String old = newField("old", TypeNames.of(body.typeOf(variable)));
        machine.add(() -> CodeBlock.of("$N = $L;\n", old, location.get()));
        Supplier<CodeBlock> value = spill(expression.getExpression());
        storedAfterSuspending(variable);
        TypeMirror variableType = body.typeOf(variable);
        // The value in parentheses: a *= v + 1 is a = old * (v + 1) (usertest round 5, finding 01).
        if (!needsNarrowing(variableType, body.typeOf(expression.getExpression()), operator)) {
            return () -> CodeBlock.of("$L = $N $L ($L)", location.get(), old, operator, value.get());
        }
        TypeName type = TypeNames.of(variableType);
        return () -> CodeBlock.of("$L = ($T) ($N $L ($L))", location.get(), type, old, operator, value.get());
    }

    /**
     * Whether {@code v = old op value} needs the cast that {@code v op= value} implies (JLS 15.26.2): only when the
     * variable is a primitive narrower than the operation's result type.
     */
    private boolean needsNarrowing(TypeMirror variable, TypeMirror operand, String operator) {
        TypeKind kind = variable.getKind();
        if (!kind.isPrimitive()) {
            return false;
        }
        if (kind == TypeKind.BYTE || kind == TypeKind.SHORT || kind == TypeKind.CHAR) {
            return true;
        }
        if (operator.equals("<<") || operator.equals(">>") || operator.equals(">>>")) {
            return false;
        }
        TypeKind other = operand.getKind().isPrimitive() ? operand.getKind()
                : body.types.unboxedType(operand).getKind();
        return rank(other) > rank(kind);
    }

    private static int rank(TypeKind kind) {
        return switch (kind) {
            case LONG -> 2;
            case FLOAT -> 3;
            case DOUBLE -> 4;
            default -> 1;
        };
    }

    private String operatorText(CompoundAssignmentTree expression) {
        String between = body.source.subSequence(body.end(expression.getVariable()),
                body.start(expression.getExpression())).toString().strip();
        return between.substring(0, between.length() - 1);
    }

    /**
     * The assignable location {@code variable} names. Before a later suspension, or around one inside it, its operands
     * (receiver, array, index) are evaluated into temporaries first, as Java evaluates them before the right-hand
     * side, and exactly once.
     */
    private Supplier<CodeBlock> location(ExpressionTree variable, boolean laterSuspension) {
        if (laterSuspension && !(variable instanceof IdentifierTree)) {
            valueChildren(variable).forEach(this::save);
        } else {
            lowerer.noteUses(variable);
        }
        return () -> lowerer.rewriter.render(variable);
    }

    /**
     * The store into a location happens in the state where the value arrived, after the suspension: a local variable
     * written there is used there too, even when nothing reads it afterwards (else it would not be hoisted, and the
     * resumed state would name a local of the earlier one).
     */
    private void storedAfterSuspending(ExpressionTree variable) {
        if (variable instanceof IdentifierTree) {
            lowerer.noteUses(variable);
        }
    }

    /** Any other expression: its operands in evaluation order, each before the last suspension saved. */
    private Supplier<CodeBlock> operands(ExpressionTree expression) {
        if (expression instanceof AssignmentTree) {
            AssignmentTree assignment = (AssignmentTree) expression;
            CodeBlock setter = lowerer.rewriter.protectedSetter(assignment);
            if (setter != null) {
                Supplier<CodeBlock> value = spill(assignment.getExpression());
                return () -> CodeBlock.of("$L$L)", setter, value.get());
            }
            Supplier<CodeBlock> target = location(assignment.getVariable(),
                    body.containsYield(assignment.getExpression()) || body.containsYield(assignment.getVariable()));
            Supplier<CodeBlock> value = spill(assignment.getExpression());
            storedAfterSuspending(assignment.getVariable());
            return () -> CodeBlock.of("$L = $L", target.get(), value.get());
        }
        return operandsSaved(expression);
    }

    private Supplier<CodeBlock> operandsSaved(ExpressionTree expression) {
        List<ExpressionTree> children = valueChildren(expression);
        int lastSuspending = -1;
        for (int i = 0; i < children.size(); i++) {
            if (body.containsYield(children.get(i))) {
                lastSuspending = i;
            }
        }
        for (int i = 0; i < children.size(); i++) {
            ExpressionTree child = children.get(i);
            if (i < lastSuspending) {
                save(child);
            } else if (i == lastSuspending) {
                lowerer.replacements.put(child, spill(child));
            } else {
                lowerer.noteUses(child);
            }
        }
        if (expression instanceof com.sun.source.tree.InstanceOfTree instanceOf && instanceOf.getPattern() != null) {
            // The pattern's binding is declared here, in the state that tests it.
            lowerer.noteUses(instanceOf.getPattern());
        }
        return () -> lowerer.rewriter.render(expression);
    }

    /** Evaluates {@code operand} now, into a temporary unless it is a constant, and uses that where it stood. */
    private void save(ExpressionTree operand) {
        Supplier<CodeBlock> value = spill(operand);
        if (isConstant(operand)) {
            lowerer.replacements.put(operand, value);
            return;
        }
        TypeMirror operandType = body.typeOf(operand);
        TypeName type = TypeNames.of(operandType);
        String temp = newTemporary("operand", operandType);
        // A nested array initializer ({1} in {{1}, {yield_(x)}}) is an expression only inside another one.
        boolean bareInitializer = operand instanceof com.sun.source.tree.NewArrayTree array && array.getType() == null;
        machine.add(() -> bareInitializer ? CodeBlock.of("$N = new $T $L;\n", temp, type, value.get())
                : CodeBlock.of("$N = $L;\n", temp, value.get()));
        lowerer.replacements.put(operand, () -> read(temp));
    }

    private static boolean isConstant(ExpressionTree tree) {
        return tree instanceof LiteralTree;
    }

    /** The operands of {@code expression} that are values, in evaluation (= source) order. */
    private List<ExpressionTree> valueChildren(ExpressionTree expression) {
        List<ExpressionTree> children = new ArrayList<>();
        if (expression instanceof MethodInvocationTree) {
            MethodInvocationTree call = (MethodInvocationTree) expression;
            if (call.getMethodSelect() instanceof MemberSelectTree) {
                ExpressionTree receiver = ((MemberSelectTree) call.getMethodSelect()).getExpression();
                if (isValue(receiver)) {
                    children.add(receiver);
                }
            }
            children.addAll(call.getArguments());
            return children;
        }
        if (expression instanceof NewClassTree) {
            NewClassTree creation = (NewClassTree) expression;
            if (creation.getEnclosingExpression() != null) {
                children.add(creation.getEnclosingExpression());
            }
            children.addAll(creation.getArguments());
            return children;
        }
        if (expression instanceof ParenthesizedTree) {
            children.add(((ParenthesizedTree) expression).getExpression());
            return children;
        }
        for (Tree child : directChildren(expression)) {
            if (child instanceof ExpressionTree && isValue((ExpressionTree) child)) {
                children.add((ExpressionTree) child);
            }
        }
        children.sort(Comparator.comparingInt(body::start));
        return children;
    }

    private static List<Tree> directChildren(Tree tree) {
        List<Tree> children = new ArrayList<>();
        tree.accept(new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree child, Void unused) {
                if (child != null) {
                    children.add(child);
                }
                return null;
            }
        }, null);
        return children;
    }

    private boolean isValue(ExpressionTree tree) {
        switch (tree.getKind()) {
            case PRIMITIVE_TYPE, ARRAY_TYPE, PARAMETERIZED_TYPE, UNION_TYPE, INTERSECTION_TYPE, ANNOTATED_TYPE,
                    UNBOUNDED_WILDCARD, EXTENDS_WILDCARD, SUPER_WILDCARD -> {
                return false;
            }
            default -> {
            }
        }
        if (tree instanceof IdentifierTree || tree instanceof MemberSelectTree) {
            if (tree instanceof IdentifierTree && ((IdentifierTree) tree).getName().contentEquals("super")) {
                return false;
            }
            Element element = body.elementOf(tree);
            if (element != null) {
                ElementKind kind = element.getKind();
                return !(kind.isClass() || kind.isInterface() || kind == ElementKind.PACKAGE);
            }
        }
        return true;
    }
}
