package kaa.processor;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

/**
 * Decides when the class that declares coroutines can be attributed, and attributes it. javac attributes a whole
 * top-level class at once (asking {@code Trees.getElement} about a tree it has not attributed does that), and what it
 * infers there for a {@code var} or an implicitly typed lambda parameter stays in the tree for the rounds after this
 * one: a type that does not exist yet (a class generated later) makes javac crash when it compiles the class, and an
 * anonymous class type cannot be found again by its name (docs/analysis.md). So the class is attributed only when
 * every name that such an inference reads resolves (in the last round, always), and not at all when something in it
 * would be compiled wrongly afterwards ({@link #hazards}).
 */
final class ClassAttribution {
    private final Trees trees;
    private final Elements elements;
    private final TypeElement owner;
    private final TypeElement topLevel;
    private List<BodyContext> bodies;

    ClassAttribution(Trees trees, Elements elements, TypeElement owner) {
        this.trees = trees;
        this.elements = elements;
        this.owner = owner;
        Element top = owner;
        while (top.getEnclosingElement() instanceof TypeElement) {
            top = top.getEnclosingElement();
        }
        this.topLevel = (TypeElement) top;
    }

    /**
     * Reports what javac would compile wrongly once the class has been attributed during processing, whatever the
     * round (javac cleans the trees and attributes them again before it compiles them): a record's explicit
     * canonical constructor (what javac infers is checked by {@link #unnameableInferences} once the names it
     * reads resolve). When there is any, the class is not attributed at all.
     */
    List<Reporter.Finding> hazards() {
        List<Reporter.Finding> found = new ArrayList<>();
        CompilationUnitTree unit = trees.getPath(topLevel).getCompilationUnit();
        var positions = trees.getSourcePositions();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                if (node.getKind() == Tree.Kind.RECORD) {
                    for (Tree member : node.getMembers()) {
                        // javac's own canonical constructor, when there is none in the source, is harmless
                        // the one javac adds when it enters the class again in a later round has no end position
                        if (member instanceof MethodTree method && method.getName().contentEquals("<init>")
                                && method.getBody() != null && !startsWithThisCall(method.getBody())
                                && positions.getStartPosition(unit, method) > positions.getStartPosition(unit, node)
                                && positions.getEndPosition(unit, method) > positions.getStartPosition(unit, method)) {
                            found.add(new Reporter.Finding(method, unit, Message.RECORD_CONSTRUCTOR_IN_COROUTINE_CLASS,
                                    node.getSimpleName(), topLevel.getSimpleName()));
                        }
                    }
                }
                return super.visitClass(node, unused);
            }
        }.scan(trees.getTree(topLevel), null);
        return found;
    }

    /**
     * Reports what javac infers and cannot find again by name once the class has been attributed during processing:
     * an implicitly typed lambda parameter whose type mentions a captured wildcard ({@code values.forEach(v -> ...)}
     * on an {@code Iterable<? extends E>}) or an anonymous class, and, in a plain method, a {@code var} of an anonymous
     * class (in a coroutine body, {@link BodyValidator} checks that). The types are read from {@code Trees.getScope},
     * which attributes a copy of the method and changes nothing. When there is any, the class is not attributed.
     */
    List<Reporter.Finding> unnameableInferences() {
        List<Reporter.Finding> found = new ArrayList<>();
        CompilationUnitTree unit = trees.getPath(topLevel).getCompilationUnit();
        for (BodyContext body : bodies()) {
            boolean plain = !CoroutineModel.isAnnotated(body.methodElement, CoroutineModel.COROUTINE);
            new com.sun.source.util.TreePathScanner<Void, Void>() {
                @Override
                public Void visitVariable(VariableTree node, Void unused) {
                    Tree inferredFrom = getCurrentPath().getParentPath().getLeaf()
                            instanceof com.sun.source.tree.EnhancedForLoopTree loop && loop.getVariable() == node
                            ? loop.getExpression() : node.getInitializer();
                    if (plain && body.isVar(node) && inferredFrom != null && createsAnonymousClass(inferredFrom, false)) {
                        javax.lang.model.type.TypeMirror type = inferredType(getCurrentPath());
                        if (type == null ? mayBeAnonymous(inferredFrom) : unnameable(type)) {
                            found.add(new Reporter.Finding(node, unit, Message.ANONYMOUS_INFERENCE_IN_COROUTINE_CLASS,
                                    body.methodElement.getSimpleName(), topLevel.getSimpleName()));
                        }
                    }
                    return super.visitVariable(node, unused);
                }

                @Override
                public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                    List<VariableTree> implicit = node.getParameters().stream()
                            .filter(p -> body.isImplicitlyTyped(p, node)).map(p -> (VariableTree) p).toList();
                    com.sun.source.tree.Scope scope = null;
                    if (!implicit.isEmpty()) {
                        try {
                            scope = trees.getScope(new TreePath(getCurrentPath(), node.getBody()));
                        } catch (AssertionError | RuntimeException javacCannotCopy) {
                            // javac fails to attribute its copy of some calls ('Comparator.<T, @Nullable U>comparing(
                            // o -> ...)': an assertion in Annotate); its own attribution of the class does not
                        }
                    }
                    if (scope != null) {
                        for (VariableTree parameter : implicit) {
                            for (Element local : scope.getLocalElements()) {
                                if (local.getSimpleName().contentEquals(parameter.getName())) {
                                    if (unnameable(local.asType())) {
                                        found.add(new Reporter.Finding(parameter, unit,
                                                Message.UNNAMEABLE_LAMBDA_PARAMETER, parameter.getName(),
                                                local.asType(), topLevel.getSimpleName()));
                                    }
                                    break;
                                }
                            }
                        }
                    }
                    return super.visitLambdaExpression(node, unused);
                }
            }.scan(body.bodyPath(), null);
        }
        return found;
    }

    /**
     * The type javac infers for the variable declared at {@code declaration}, read from the scope of what follows it
     * (the next statement of its block, the body of its for-each loop, or, when nothing follows it, the declaration
     * itself, whose scope javac gives with the variable in it); null when javac cannot attribute its copy.
     */
    private javax.lang.model.type.TypeMirror inferredType(TreePath declaration) {
        VariableTree variable = (VariableTree) declaration.getLeaf();
        TreePath parent = declaration.getParentPath();
        Tree after = null;
        if (parent.getLeaf() instanceof com.sun.source.tree.EnhancedForLoopTree loop) {
            after = loop.getStatement();
        } else {
            List<? extends com.sun.source.tree.StatementTree> statements =
                    parent.getLeaf() instanceof com.sun.source.tree.BlockTree block ? block.getStatements()
                    : parent.getLeaf() instanceof com.sun.source.tree.CaseTree c ? c.getStatements() : null;
            int index = statements == null ? -1 : statements.indexOf(variable);
            if (index >= 0 && index + 1 < statements.size()) {
                after = statements.get(index + 1);
            }
        }
        com.sun.source.tree.Scope scope;
        try {
            scope = trees.getScope(after == null ? declaration : new TreePath(parent, after));
        } catch (AssertionError | RuntimeException javacCannotCopy) {
            return null; // as for lambdas below: javac fails on its copy of some trees, not on the class itself
        }
        for (Element local : scope.getLocalElements()) {
            if (local.getSimpleName().contentEquals(variable.getName())) {
                return local.asType();
            }
        }
        return null;
    }

    /**
     * Whether the value of {@code expression} may have an anonymous class in its type, judged from its form alone
     * (when javac cannot attribute its copy to show its type): not when an operator, a literal, an instanceof, a
     * cast or a named class's constructor makes it, or a conditional of those.
     */
    private static boolean mayBeAnonymous(Tree expression) {
        Tree value = expression;
        while (value instanceof com.sun.source.tree.ParenthesizedTree parenthesized) {
            value = parenthesized.getExpression();
        }
        if (value instanceof com.sun.source.tree.ConditionalExpressionTree conditional) {
            return mayBeAnonymous(conditional.getTrueExpression()) || mayBeAnonymous(conditional.getFalseExpression());
        }
        if (value instanceof NewClassTree creation) {
            // a named class, unless a diamond infers its arguments from an anonymous one
            return creation.getClassBody() != null
                    || creation.getIdentifier() instanceof com.sun.source.tree.ParameterizedTypeTree type
                            && type.getTypeArguments().isEmpty();
        }
        return !(value instanceof com.sun.source.tree.BinaryTree || value instanceof com.sun.source.tree.UnaryTree
                || value instanceof com.sun.source.tree.LiteralTree
                || value instanceof com.sun.source.tree.InstanceOfTree
                || value instanceof com.sun.source.tree.TypeCastTree);
    }

    /** Whether {@code type} mentions a captured wildcard or an anonymous class, which no source can name. */
    private static boolean unnameable(javax.lang.model.type.TypeMirror type) {
        switch (type.getKind()) {
            case TYPEVAR:
                return TypeNames.isCaptured((javax.lang.model.type.TypeVariable) type);
            case ARRAY:
                return unnameable(((javax.lang.model.type.ArrayType) type).getComponentType());
            case WILDCARD:
                var wildcard = (javax.lang.model.type.WildcardType) type;
                return wildcard.getExtendsBound() != null && unnameable(wildcard.getExtendsBound())
                        || wildcard.getSuperBound() != null && unnameable(wildcard.getSuperBound());
            case INTERSECTION:
                return ((javax.lang.model.type.IntersectionType) type).getBounds().stream()
                        .anyMatch(ClassAttribution::unnameable);
            case DECLARED:
                var declared = (javax.lang.model.type.DeclaredType) type;
                return ((TypeElement) declared.asElement()).getNestingKind()
                        == javax.lang.model.element.NestingKind.ANONYMOUS
                        || declared.getTypeArguments().stream().anyMatch(ClassAttribution::unnameable);
            default:
                return false;
        }
    }

    /**
     * Why the class cannot be attributed in this round: a name that javac's inference for a var or an implicitly
     * typed lambda parameter reads does not resolve yet, and a later round may bring it. Null when it can.
     */
    String obstacle() {
        String supertype = missingSupertype(topLevel);
        if (supertype != null) {
            return supertype;
        }
        for (BodyContext body : bodies()) {
            Tree pending = PendingNames.firstPending(elements, body.methodPath, body.methodElement,
                    PendingNames.inferenceRoots(body));
            if (pending != null) {
                // a name, not the tree: a method's whole text when its signature is what did not resolve
                String what = pending instanceof MethodTree ? "a type in the signature of '"
                        + body.methodElement.getSimpleName() + "'" : "'" + pending.toString().lines().findFirst()
                                .orElse("") + "' in '" + body.methodElement.getSimpleName() + "'";
                return what + " did not resolve";
            }
        }
        return null;
    }

    /**
     * Why {@code type} or one of its member types cannot be attributed yet: a supertype that does not exist (a class
     * generated in this round, as {@code class Sub extends Base_Coroutines} nested in the class whose machines are
     * due); attributing it now would report javac's errors about what it inherits ({@code @Override}) for good.
     */
    private static String missingSupertype(TypeElement type) {
        TypeMirror missing = ErrorTypes.missingSupertype(type);
        if (missing != null) {
            return "'" + missing + "', a supertype of '" + type.getSimpleName() + "', does not exist";
        }
        for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
            String reason = missingSupertype(member);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** The body of every method and constructor of the top-level class and its member types, made once. */
    private List<BodyContext> bodies() {
        if (bodies == null) {
            bodies = new ArrayList<>();
            for (ExecutableElement method : methodsWithBodies(topLevel, new ArrayList<>())) {
                bodies.add(new BodyContext(trees, elements, null, method));
            }
        }
        return bodies;
    }

    /** The methods and constructors of {@code type} and its member types that have a body in this compilation. */
    private List<ExecutableElement> methodsWithBodies(TypeElement type, List<ExecutableElement> into) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.CONSTRUCTOR) {
                var tree = trees.getTree((ExecutableElement) member);
                if (tree != null && tree.getBody() != null && trees.getPath(member) != null) {
                    into.add((ExecutableElement) member);
                }
            } else if (member instanceof TypeElement nested) {
                methodsWithBodies(nested, into);
            }
        }
        return into;
    }

    private static boolean startsWithThisCall(com.sun.source.tree.BlockTree body) {
        return !body.getStatements().isEmpty()
                && body.getStatements().get(0) instanceof com.sun.source.tree.ExpressionStatementTree statement
                && statement.getExpression() instanceof com.sun.source.tree.MethodInvocationTree call
                && call.getMethodSelect().toString().equals("this");
    }

    private static boolean createsAnonymousClass(Tree root, boolean thisIsAnonymous) {
        boolean[] found = new boolean[1];
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitNewClass(NewClassTree node, Void unused) {
                found[0] |= node.getClassBody() != null;
                return super.visitNewClass(node, unused);
            }

            @Override
            public Void visitIdentifier(com.sun.source.tree.IdentifierTree node, Void unused) {
                found[0] |= thisIsAnonymous && node.getName().contentEquals("this");
                return null;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return thisIsAnonymous ? null : super.visitClass(node, unused); // another class's this
            }
        }.scan(root, null);
        return found[0];
    }

    /** The top-level class that javac attributes as a whole, by qualified name. */
    String topLevelName() {
        return topLevel.getQualifiedName().toString();
    }

    /** Makes javac attribute the whole top-level class, so every name and type of the coroutine bodies is known. */
    void attribute() {
        for (ExecutableElement method : methodsWithBodies(owner, new ArrayList<>())) {
            // A block has no symbol: for a tree without one, getElement attributes the enclosing class.
            trees.getElement(new TreePath(trees.getPath(method), trees.getTree(method).getBody()));
            return;
        }
    }

    /** A name in the body of a coroutine that does not resolve yet, or null. */
    Tree pendingIn(BodyContext body) {
        return PendingNames.firstPending(elements, body.methodPath, body.methodElement,
                List.of(body.method.getBody()));
    }
}
