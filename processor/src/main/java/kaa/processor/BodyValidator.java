package kaa.processor;

import java.util.HashSet;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;

/**
 * Finds what cannot be lowered in a coroutine body (docs/lowering.md, pass 1) and reports each at its tree:
 * {@code yield_} inside a lambda, a class body or a {@code synchronized} block, private members of the enclosing
 * classes, and {@code super} calls.
 */
final class BodyValidator extends TreePathScanner<Void, Void> {
    /** The methods of {@code kaa.Async} that bodies call by their simple name. */
    private static final Set<String> DSL_METHODS = Set.of("done", "yield_", "last");

    private final BodyContext body;
    private final Reporter reporter;
    private final TypeElement outermost;
    /** Inside a local or anonymous class body, {@code super} is that class's own business. */
    private int nestedClassDepth;
    /** Whether the coroutine's policy is {@code PASS_LAST}, the only one under which {@code last()} means something. */
    private final boolean passLast;
    /** The members reported so far: one error per member and body, whose fix is the same everywhere. */
    private final Set<Element> reported = new HashSet<>();

    private BodyValidator(BodyContext body, Reporter reporter) {
        this.body = body;
        this.passLast = String.valueOf(CoroutineModel.annotationValue(body.methodElement, CoroutineModel.COROUTINE,
                "policy", "NONE")).equals("PASS_LAST");
        this.reporter = reporter;
        this.outermost = outermost(body.owner);
    }

    /** Reports every problem in the body; returns whether there were none. */
    static boolean validate(BodyContext body, Reporter reporter) {
        int before = reporter.errorCount();
        new BodyValidator(body, reporter).scan(new TreePath(body.methodPath, body.method.getBody()), null);
        return reporter.errorCount() == before;
    }

    /**
     * Reports each call in a body that javac could not attribute, written {@code done(...)}, {@code yield_(...)} or
     * {@code last()}, where the class has a method of that name (FutureTask's and SwingWorker's {@code done()}): the
     * member hides the static import, and javac's own error ("cannot be applied to given types") would not say so.
     * Returns whether there was none.
     */
    static boolean reportHiddenDsl(BodyContext body, Elements elements, Reporter reporter) {
        int before = reporter.errorCount();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null; // a local or anonymous class has members of its own
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (node.getMethodSelect() instanceof IdentifierTree name
                        && DSL_METHODS.contains(name.getName().toString())) {
                    TypeMirror type = body.trees.getTypeMirror(getCurrentPath());
                    ExecutableElement member = ElementFilter.methodsIn(elements.getAllMembers(body.owner)).stream()
                            .filter(method -> method.getSimpleName().contentEquals(name.getName()))
                            .findFirst().orElse(null);
                    if (member != null && (type == null || type.getKind() == TypeKind.ERROR)) {
                        reporter.error(name, body.unit, Message.HIDDEN_DSL_METHOD, name.getName(),
                                ((TypeElement) member.getEnclosingElement()).getSimpleName(), member,
                                body.owner.getSimpleName());
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(new TreePath(body.methodPath, body.method.getBody()), null);
        return reporter.errorCount() == before;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (body.isDsl(getCurrentPath(), "yield_")) {
            checkSuspensionSite(node);
        } else if (body.isDsl(getCurrentPath(), "last") && !passLast) {
            reporter.error(node, body.unit, Message.LAST_WITHOUT_PASS_LAST, body.method.getName());
        }
        return super.visitMethodInvocation(node, unused);
    }

    private void checkSuspensionSite(MethodInvocationTree call) {
        if (isAnonymous(body.typeOf(call))
                && !(getCurrentPath().getParentPath().getLeaf() instanceof com.sun.source.tree.ExpressionStatementTree)) {
            reporter.error(call, body.unit, Message.UNSUPPORTED, "A yield_ whose value is of an anonymous class",
                    "The state machine cannot name that class. Await an InProgress of a named type (a local record"
                            + " or class, or an interface the anonymous class implements).");
            return;
        }
        for (TreePath p = getCurrentPath().getParentPath(); p != null && p.getLeaf() != body.method;
                p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodInvocationTree invocation
                    && invocation.getMethodSelect() instanceof MemberSelectTree select
                    && invocation.getArguments().stream().anyMatch(a -> contains(a, call))
                    && isAnonymous(body.typeOf(select.getExpression()))) {
                reporter.error(call, body.unit, Message.UNSUPPORTED,
                        "A yield_ in the arguments of a method of an anonymous class instance",
                        "The instance is kept across the suspension in a variable whose type the state machine"
                                + " cannot name. Await into a local before the call.");
                return;
            }
        }
        for (TreePath p = getCurrentPath().getParentPath(); p != null && p.getLeaf() != body.method;
                p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof LambdaExpressionTree) {
                reporter.error(call, body.unit, Message.YIELD_IN_LAMBDA);
                return;
            }
            if (leaf instanceof ClassTree) {
                reporter.error(call, body.unit, Message.YIELD_IN_CLASS);
                return;
            }
            if (leaf instanceof SynchronizedTree) {
                reporter.error(call, body.unit, Message.YIELD_IN_SYNCHRONIZED);
                return;
            }
        }
    }

    private static boolean isAnonymous(javax.lang.model.type.TypeMirror type) {
        // an intersection is a DeclaredType of a synthetic class to javac too: only a declared kind counts
        return type.getKind() == TypeKind.DECLARED && type instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element
                && element.getNestingKind() == NestingKind.ANONYMOUS;
    }

    /** Whether {@code inner} is {@code outer} or a tree inside it. */
    private static boolean contains(Tree outer, Tree inner) {
        boolean[] found = {false};
        new com.sun.source.util.TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree == inner) {
                    found[0] = true;
                }
                return found[0] ? null : super.scan(tree, unused);
            }
        }.scan(outer, null);
        return found[0];
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
        nestedClassDepth++;
        try {
            return super.visitClass(node, unused);
        } finally {
            nestedClassDepth--;
        }
    }

    /** How the body uses {@code superText} at the current path, as written: super.m(...), super::m, super(...). */
    private String superUse(String superText) {
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        if (parent instanceof MemberSelectTree select) {
            return superText + "." + select.getIdentifier() + "(...)";
        }
        if (parent instanceof com.sun.source.tree.MemberReferenceTree reference) {
            return superText + "::" + reference.getName();
        }
        return superText + "(...)";
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
        if (node.getName().contentEquals("super") && nestedClassDepth == 0) {
            reporter.error(node, body.unit, Message.SUPER_CALL, superUse("super"));
            return null;
        }
        checkPrivate(node);
        return null;
    }

    @Override
    public Void visitReturn(com.sun.source.tree.ReturnTree node, Void unused) {
        Tree value = node.getExpression();
        while (value instanceof com.sun.source.tree.ParenthesizedTree parenthesized) {
            value = parenthesized.getExpression();
        }
        if (value != null && value.getKind() == Tree.Kind.NULL_LITERAL && nestedClassDepth == 0
                && !inLambda()) {
            reporter.error(node, body.unit, Message.RETURN_NULL, body.method.getName());
        }
        return super.visitReturn(node, unused);
    }

    private boolean inLambda() {
        for (TreePath p = getCurrentPath(); p != null && p.getLeaf() != body.method; p = p.getParentPath()) {
            if (p.getLeaf() instanceof LambdaExpressionTree) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
        Element element = BodyContext.elementAt(body.trees, getCurrentPath());
        if (element != null && Variables.isLocal(element) && body.isVar(node)
                && element.asType().getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) element.asType()).asElement()).getNestingKind()
                        == NestingKind.ANONYMOUS) {
            reporter.error(node, body.unit, Message.VAR_OF_ANONYMOUS_CLASS, node.getName(), node.getName());
        }
        return super.visitVariable(node, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        if (node.getIdentifier().contentEquals("super") && nestedClassDepth == 0) {
            // Named.super.greet(): a default method of an interface the class implements, out of the machine's reach
            reporter.error(node, body.unit, Message.SUPER_CALL, superUse(node.getExpression() + ".super"));
            return null;
        }
        checkPrivate(node);
        if (nestedClassDepth == 0) {
            // 'window.getWidth()' on a protected nested type of a class in another package: public members of a
            // class the machine cannot see are out of its reach too
            TypeElement hidden = protectedTypeIn(body.trees.getTypeMirror(new TreePath(getCurrentPath(),
                    node.getExpression())), body.owner, body.elements);
            if (hidden != null) {
                reporter.error(node, body.unit, Message.PROTECTED_MEMBER, hidden.getSimpleName(),
                        ((TypeElement) hidden.getEnclosingElement()).getQualifiedName(), body.owner.getSimpleName());
                return null;
            }
        }
        return super.visitMemberSelect(node, unused);
    }

    /**
     * The protected member type of a class in another package than {@code owner}'s that {@code type} is, is nested
     * in, or has as a type argument, or null: the machines, in {@code owner}'s package but no subclass, cannot name it.
     */
    static TypeElement protectedTypeIn(javax.lang.model.type.TypeMirror type, TypeElement owner,
            javax.lang.model.util.Elements elements) {
        if (type == null) {
            return null;
        }
        switch (type.getKind()) {
            case ARRAY:
                return protectedTypeIn(((javax.lang.model.type.ArrayType) type).getComponentType(), owner, elements);
            case WILDCARD:
                var wildcard = (javax.lang.model.type.WildcardType) type;
                return protectedTypeIn(wildcard.getExtendsBound() != null ? wildcard.getExtendsBound()
                        : wildcard.getSuperBound(), owner, elements);
            case DECLARED:
                for (Element e = ((DeclaredType) type).asElement(); e instanceof TypeElement t
                        && t.getEnclosingElement() instanceof TypeElement declaring; e = declaring) {
                    if (t.getModifiers().contains(Modifier.PROTECTED)
                            && !elements.getPackageOf(declaring).equals(elements.getPackageOf(owner))) {
                        return t;
                    }
                }
                for (javax.lang.model.type.TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                    TypeElement hidden = protectedTypeIn(argument, owner, elements);
                    if (hidden != null) {
                        return hidden;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    @Override
    public Void visitMemberReference(com.sun.source.tree.MemberReferenceTree node, Void unused) {
        checkPrivate(node);
        return super.visitMemberReference(node, unused);
    }

    @Override
    public Void visitNewClass(com.sun.source.tree.NewClassTree node, Void unused) {
        if (node.getClassBody() == null) {
            checkPrivate(node);
        }
        return super.visitNewClass(node, unused);
    }

    private void checkPrivate(Tree node) {
        Element element = BodyContext.elementAt(body.trees, getCurrentPath());
        if (element == null || Variables.isLocal(element) || declaredInBody(element)) {
            return;
        }
        if (element.getModifiers().contains(Modifier.PROTECTED)
                && element.getEnclosingElement() instanceof TypeElement declaring
                && !body.elements.getPackageOf(declaring).equals(body.elements.getPackageOf(body.owner))
                && !ProtectedAccess.inheritedInside(getCurrentPath(), element, body)) {
            if (ProtectedAccess.use(getCurrentPath(), element, body) != null) {
                return; // through an accessor of X_Coroutines
            }
            // The state machines live in X_CoroutineMachines, in the user's package but no subclass of 'declaring'.
            String name = element.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR
                    ? "constructor " + declaring.getSimpleName() + "(...)" : element.getSimpleName().toString();
            if (reported.add(element)) {
                reporter.error(positioned(node), body.unit, Message.PROTECTED_MEMBER, name,
                        declaring.getQualifiedName(), body.owner.getSimpleName());
            }
            return;
        }
        if (!element.getModifiers().contains(Modifier.PRIVATE)) {
            return;
        }
        Element owner = element.getEnclosingElement();
        if (owner instanceof TypeElement && outermost(owner) == outermost) {
            String name = element.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR
                    ? "constructor " + owner.getSimpleName() + "(...)" : element.getSimpleName().toString();
            if (!reported.add(element)) {
                return;
            }
            if (element.getKind() == javax.lang.model.element.ElementKind.FIELD
                    && owner.getKind() == javax.lang.model.element.ElementKind.RECORD) {
                // a record component's field: its accessor is public (usertest round 10: "make it package-private")
                reporter.error(positioned(node), body.unit, Message.PRIVATE_RECORD_FIELD, name,
                        ((TypeElement) owner).getQualifiedName(), name);
            } else {
                reporter.error(positioned(node), body.unit, Message.PRIVATE_MEMBER, name,
                        ((TypeElement) owner).getQualifiedName(), name);
            }
        }
    }

    /**
     * {@code node}, or the nearest enclosing tree that has a position in the source: the type of a {@code var} that
     * javac attributed is a tree of its own, without one (an error there had no file and line).
     */
    private Tree positioned(Tree node) {
        for (TreePath path = getCurrentPath(); path != null; path = path.getParentPath()) {
            if (body.positions.getStartPosition(body.unit, path.getLeaf()) != Diagnostic.NOPOS) {
                return path.getLeaf();
            }
        }
        return node;
    }

    private boolean declaredInBody(Element element) {
        TreePath declaration = body.trees.getPath(element);
        if (declaration == null || declaration.getCompilationUnit() != body.unit) {
            return false;
        }
        long at = body.positions.getStartPosition(body.unit, declaration.getLeaf());
        return at >= body.start(body.method.getBody()) && at < body.end(body.method.getBody());
    }

    private static TypeElement outermost(Element element) {
        Element e = element;
        while (e.getEnclosingElement() instanceof TypeElement) {
            e = e.getEnclosingElement();
        }
        return (TypeElement) e;
    }
}
