package kaa.processor;

import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * Checks the code the processor does not rewrite, after javac has analysed it (a {@link TaskListener} on
 * {@link TaskEvent.Kind#ANALYZE}), so the processor never attributes a method it does not own: attributing one during
 * processing can change how javac compiles it afterwards (docs/analysis.md). Reported here:
 * <ul>
 *   <li>{@code yield_()} and {@code last()} outside a {@code @Coroutine} method, which would throw at run time;</li>
 *   <li>a call from plain code to a static {@code @Coroutine} method of a class the processor rewrote: it would run the
 *       unprocessed body, so the caller must call the generated class;</li>
 *   <li>a concrete class that inherits a {@code @Coroutine} without extending the generated class: its instances would
 *       run the unprocessed body;</li>
 *   <li>{@code @Coroutine} and {@code @Threaded} methods of local and anonymous classes, which no generated class can
 *       extend (round environments do not list them);</li>
 *   <li>a coroutine whose body had compile errors while the processor ran (so it generated no state machine for it)
 *       but none when javac compiled it: a processor bug, never silently a stub at run time.</li>
 * </ul>
 */
final class PlainCodeCheck implements TaskListener {
    private final Trees trees;
    private final javax.lang.model.util.Elements elements;
    private final Reporter reporter;
    /** The methods left to javac because their bodies did not attribute, by {@link #key}. */
    private final Set<String> leftToJavac;

    PlainCodeCheck(Trees trees, javax.lang.model.util.Elements elements, Reporter reporter, Set<String> leftToJavac) {
        this.trees = trees;
        this.elements = elements;
        this.reporter = reporter;
        this.leftToJavac = leftToJavac;
    }

    /** The key of a method in {@link #leftToJavac}. */
    static String key(ExecutableElement method) {
        return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "#" + method;
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null
                || event.getCompilationUnit() == null) {
            return;
        }
        TreePath type = trees.getPath(event.getTypeElement());
        if (type == null) {
            return;
        }
        // Every class: misuse of a coroutine need not mention kaa at all (a call to a static coroutine, a subclass of
        // a class with coroutines; usertest round 8 found such files unchecked when only files naming kaa were).
        try {
            new Scanner(event.getCompilationUnit()).scan(type, null);
        } catch (RuntimeException unexpected) {
            // An analysis aid must never break the user's compilation.
            reporter.error(event.getTypeElement(), Message.INTERNAL_ERROR, event.getTypeElement(), unexpected);
        }
    }

    /**
     * An instance {@code @Coroutine} or {@code @Threaded} method that instances of the concrete class {@code type}
     * would run as written, unprocessed: it is inherited from a user's class, with no generated class in between.
     */
    private ExecutableElement inheritedUnprocessed(TypeElement type) {
        if (type.getModifiers().contains(Modifier.ABSTRACT) || type.getKind() != ElementKind.CLASS
                || CoroutineProcessor.isGenerated(type) || !inheritsCoroutines(type)) {
            return null;
        }
        for (Element member : elements.getAllMembers(type)) {
            if (member instanceof ExecutableElement method && runsUnprocessed(method, type)) {
                return method;
            }
        }
        return null;
    }

    /**
     * Whether a superclass of {@code type} declares an instance {@code @Coroutine} or {@code @Threaded} method (only a
     * class can: an interface's coroutines are static); the cheap test before its members are looked at, by class.
     */
    private boolean inheritsCoroutines(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (!(superclass instanceof javax.lang.model.type.DeclaredType declared)) {
            return false;
        }
        TypeElement parent = (TypeElement) declared.asElement();
        Boolean known = declaresCoroutines.get(parent);
        if (known == null) {
            known = inheritsCoroutines(parent) || ElementFilter.methodsIn(parent.getEnclosedElements()).stream()
                    .anyMatch(m -> !m.getModifiers().contains(Modifier.STATIC)
                            && (CoroutineModel.isAnnotated(m, CoroutineModel.COROUTINE)
                                    || CoroutineModel.isAnnotated(m, CoroutineModel.THREADED)));
            declaresCoroutines.put(parent, known);
        }
        return known;
    }

    /** Whether each class seen, or one of its superclasses, declares instance coroutines ({@link #inheritsCoroutines}). */
    private final java.util.Map<TypeElement, Boolean> declaresCoroutines = new java.util.HashMap<>();

    /** Whether {@code method}, a member of the concrete {@code type}, is a coroutine that it inherits unprocessed. */
    private static boolean runsUnprocessed(ExecutableElement method, TypeElement type) {
        Element declaring = method.getEnclosingElement();
        return !method.getModifiers().contains(Modifier.STATIC) && declaring != type
                && (CoroutineModel.isAnnotated(method, CoroutineModel.COROUTINE)
                        || CoroutineModel.isAnnotated(method, CoroutineModel.THREADED))
                && declaring instanceof TypeElement owner && owner.getNestingKind() != NestingKind.LOCAL
                && owner.getNestingKind() != NestingKind.ANONYMOUS;
    }

    private void reportUnprocessed(Tree at, TypeElement type, ExecutableElement method) {
        TypeElement declaring = (TypeElement) method.getEnclosingElement();
        reporter.error(at, currentUnit, Message.UNPROCESSED_SUBCLASS, type.getSimpleName().length() == 0
                ? "This anonymous class" : type.getSimpleName(), declaring.getSimpleName(), method.getSimpleName(),
                CoroutineProcessor.generatedName(declaring).simpleName());
    }

    /**
     * Whether {@code element} is in an implicitly declared class (a compact source file, Java 25: methods with no class
     * around them), which annotation processors are not shown and no generated class can name. javac's tree of such
     * a class starts where its first member written in the file does: it has no header. The default constructor that
     * javac adds to a class without one is no such member: it starts where the class does, so a class with no
     * modifiers would look implicit by it (usertest round 12: a package-private JUnit test class with a nested fake).
     */
    private boolean inImplicitClass(Element element) {
        Element top = element;
        while (top.getEnclosingElement() instanceof TypeElement) {
            top = top.getEnclosingElement();
        }
        TreePath path = trees.getPath(top);
        if (path == null || !(path.getLeaf() instanceof com.sun.source.tree.ClassTree type)) {
            return false;
        }
        var positions = trees.getSourcePositions();
        CompilationUnitTree unit = path.getCompilationUnit();
        for (Tree member : type.getMembers()) {
            Element declared = trees.getElement(new TreePath(path, member));
            if (declared == null || elements.getOrigin(declared) != javax.lang.model.util.Elements.Origin.MANDATED) {
                return positions.getStartPosition(unit, type) == positions.getStartPosition(unit, member);
            }
        }
        return false;
    }

    /** The compilation unit being scanned, for {@link #reportUnprocessed}. */
    private CompilationUnitTree currentUnit;

    private final class Scanner extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;

        Scanner(CompilationUnitTree unit) {
            this.unit = unit;
            currentUnit = unit;
        }

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            Element element = trees.getElement(getCurrentPath());
            if (element instanceof ExecutableElement method) {
                boolean coroutine = CoroutineModel.isAnnotated(method, CoroutineModel.COROUTINE);
                boolean threaded = CoroutineModel.isAnnotated(method, CoroutineModel.THREADED);
                NestingKind nesting = ((TypeElement) method.getEnclosingElement()).getNestingKind();
                if ((coroutine || threaded) && inImplicitClass(method)) {
                    reporter.error(node, unit, Message.COROUTINE_IN_IMPLICIT_CLASS, coroutine ? "@Coroutine" : "@Threaded",
                            node.getName());
                    return null;
                }
                if ((coroutine || threaded)
                        && (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS)) {
                    reporter.error(node, unit, Message.COROUTINE_IN_LOCAL_CLASS, coroutine ? "@Coroutine" : "@Threaded",
                            node.getName());
                    return null;
                }
                if (coroutine) {
                    if (leftToJavac.remove(key(method)) && node.getBody() != null
                            && !ErrorTypes.in(trees, new TreePath(getCurrentPath(), node.getBody()))) {
                        reporter.error(node, unit, Message.INTERNAL_ERROR, method,
                                "its body did not attribute while the processor ran, but compiles now");
                    }
                    return null;
                }
            }
            return super.visitMethod(node, unused);
        }

        @Override
        public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
            // A named concrete subclass exists to be instantiated; an anonymous one is checked where it is called.
            if (trees.getElement(getCurrentPath()) instanceof TypeElement type
                    && type.getNestingKind() != NestingKind.ANONYMOUS) {
                ExecutableElement unprocessed = inheritedUnprocessed(type);
                if (unprocessed != null) {
                    reportUnprocessed(node, type, unprocessed);
                }
            }
            return super.visitClass(node, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            check(node, node.getMethodSelect());
            return super.visitMethodInvocation(node, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree node, Void unused) {
            check(node, node);
            return super.visitMemberReference(node, unused);
        }

        /**
         * Where the code at {@code path} runs, as the message of {@link Message#YIELD_OUTSIDE_COROUTINE} goes on: the
         * innermost lambda, method, initializer block or field initializer around it, and what to do there.
         */
        private String placeAndAdvice(TreePath path) {
            String await = "use InProgress.await() / connect() here, or move this code to a @Coroutine method.";
            for (TreePath at = path; at.getParentPath() != null; at = at.getParentPath()) {
                Tree parent = at.getParentPath().getLeaf();
                if (at.getLeaf() instanceof com.sun.source.tree.LambdaExpressionTree) {
                    return "a lambda, which runs later, outside any coroutine. In ordinary code, " + await
                            + " In a coroutine, await before creating the lambda and capture the value.";
                }
                if (at.getLeaf() instanceof MethodTree method) {
                    if (method.getName().contentEquals("<init>")) {
                        return "a constructor, which cannot be a coroutine. Instead, " + await;
                    }
                    Element element = trees.getElement(at);
                    if (element != null && element.getEnclosingElement() instanceof TypeElement type
                            && type.getNestingKind() != NestingKind.TOP_LEVEL
                            && type.getNestingKind() != NestingKind.MEMBER) {
                        return "'" + method.getName() + "', a method of a local or anonymous class, which cannot be a"
                                + " coroutine. Instead, " + await;
                    }
                    return "'" + method.getName() + "', an ordinary method. Annotate it with @Coroutine, or use"
                            + " InProgress.await() / connect() in ordinary code.";
                }
                if (parent instanceof com.sun.source.tree.ClassTree) {
                    if (at.getLeaf() instanceof com.sun.source.tree.VariableTree field) {
                        return "the initializer of the field '" + field.getName() + "', which cannot be a coroutine."
                                + " Instead, " + await;
                    }
                    return "an initializer block, which cannot be a coroutine. Instead, " + await;
                }
            }
            return "ordinary code. Instead, " + await;
        }

        private void check(Tree call, Tree at) {
            Element called = trees.getElement(getCurrentPath());
            if (!(called instanceof ExecutableElement) || called.getKind() != ElementKind.METHOD
                    || !(called.getEnclosingElement() instanceof TypeElement declaring)) {
                return; // also what javac could not resolve: it reports that itself
            }
            String name = called.getSimpleName().toString();
            if (declaring.getQualifiedName().contentEquals(BodyContext.ASYNC)
                    && (name.equals("yield_") || name.equals("last"))) {
                reporter.error(at, unit, Message.YIELD_OUTSIDE_COROUTINE, name, placeAndAdvice(getCurrentPath()));
            } else if (call instanceof MethodInvocationTree invocation
                    && invocation.getMethodSelect() instanceof com.sun.source.tree.MemberSelectTree select
                    && trees.getTypeMirror(new TreePath(new TreePath(getCurrentPath(), select),
                            select.getExpression())) instanceof javax.lang.model.type.DeclaredType receiver
                    && receiver.asElement() instanceof TypeElement receiverType
                    && receiverType.getNestingKind() == NestingKind.ANONYMOUS
                    && inheritedUnprocessed(receiverType) != null
                    && runsUnprocessed((ExecutableElement) called, receiverType)) {
                reportUnprocessed(at, receiverType, (ExecutableElement) called);
            } else if (call instanceof MethodInvocationTree invocation
                    && invocation.getMethodSelect() instanceof com.sun.source.tree.MemberSelectTree select
                    && select.getExpression() instanceof com.sun.source.tree.IdentifierTree qualifier
                    && qualifier.getName().contentEquals("super")
                    && !called.getModifiers().contains(Modifier.STATIC)
                    && CoroutineModel.isAnnotated(called, CoroutineModel.COROUTINE)) {
                reporter.error(at, unit, Message.UNPROCESSED_SUPER_CALL, name, declaring.getSimpleName(), name);
            } else if (called.getModifiers().contains(Modifier.STATIC)
                    && CoroutineModel.isAnnotated(called, CoroutineModel.COROUTINE) && !inImplicitClass(called)) {
                String generated = CoroutineProcessor.generatedName(declaring).simpleName();
                reporter.error(at, unit, Message.UNPROCESSED_STATIC_CALL, name, declaring.getSimpleName(),
                        generated, name);
            }
        }
    }
}
