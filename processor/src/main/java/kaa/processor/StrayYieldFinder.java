package kaa.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * Reports {@code yield_()} and {@code last()} called outside any {@code @Coroutine} method, which would otherwise
 * compile and throw at run time. Only sources that mention {@code yield_} or {@code last} are attributed.
 */
final class StrayYieldFinder extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final Reporter reporter;
    private final CompilationUnitTree unit;
    private String currentMethod;

    private StrayYieldFinder(Trees trees, Reporter reporter, CompilationUnitTree unit) {
        this.trees = trees;
        this.reporter = reporter;
        this.unit = unit;
    }

    /** Scans the top-level type {@code type} if its source mentions the DSL. */
    static void scan(Trees trees, Reporter reporter, TypeElement type) {
        TreePath path = trees.getPath(type);
        if (path == null) {
            return;
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        String source;
        try {
            source = unit.getSourceFile().getCharContent(true).toString();
        } catch (java.io.IOException e) {
            return;
        }
        if (!source.contains("yield_") && !source.contains("last(")) {
            return;
        }
        new StrayYieldFinder(trees, reporter, unit).scan(path, null);
    }

    @Override
    public Void visitMethod(MethodTree node, Void unused) {
        Element method = trees.getElement(getCurrentPath());
        if (method instanceof ExecutableElement && isCoroutine((ExecutableElement) method)) {
            return null;
        }
        String outer = currentMethod;
        currentMethod = node.getName().toString();
        try {
            if (node.getBody() != null) {
                trees.getScope(new TreePath(getCurrentPath(), node.getBody()));
            }
            return super.visitMethod(node, unused);
        } finally {
            currentMethod = outer;
        }
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
        return super.visitClass(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (currentMethod != null) {
            Element called = trees.getElement(getCurrentPath());
            if (called != null && called.getKind() == ElementKind.METHOD
                    && ((TypeElement) called.getEnclosingElement()).getQualifiedName().contentEquals(BodyContext.ASYNC)
                    && (called.getSimpleName().contentEquals("yield_")
                            || called.getSimpleName().contentEquals("last"))) {
                reporter.error(node, unit, Message.YIELD_OUTSIDE_COROUTINE, called.getSimpleName(), currentMethod);
            }
        }
        return super.visitMethodInvocation(node, unused);
    }

    private static boolean isCoroutine(ExecutableElement method) {
        return CoroutineModel.isAnnotated(method, CoroutineModel.COROUTINE);
    }
}
