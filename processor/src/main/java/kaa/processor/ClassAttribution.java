package kaa.processor;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

import com.sun.source.tree.LambdaExpressionTree;
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
 * every name that such an inference reads resolves, and no such inference in a plain method can yield an anonymous
 * class; in the last round, when nothing is read again, always.
 */
final class ClassAttribution {
    private final Trees trees;
    private final Elements elements;
    private final TypeElement owner;
    private final TypeElement topLevel;

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

    /** Why the class cannot be attributed in this round (a later one may allow it), or null when it can. */
    String obstacle() {
        for (ExecutableElement method : methodsWithBodies(topLevel, new ArrayList<>())) {
            BodyContext body = new BodyContext(trees, elements, null, method);
            List<Tree> roots = PendingNames.inferenceRoots(body);
            Tree pending = PendingNames.firstPending(elements, body.methodPath, method, roots);
            if (pending != null) {
                return "'" + pending + "' in '" + method.getSimpleName() + "' did not resolve";
            }
            if (!CoroutineModel.isAnnotated(method, CoroutineModel.COROUTINE) && createsAnonymousClass(roots)) {
                return "the type that '" + method.getSimpleName() + "' infers for a var or a lambda parameter may be"
                        + " an anonymous class";
            }
        }
        return null;
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

    private static boolean createsAnonymousClass(List<Tree> roots) {
        boolean[] found = new boolean[1];
        TreeScanner<Void, Void> scanner = new TreeScanner<>() {
            @Override
            public Void visitNewClass(NewClassTree node, Void unused) {
                found[0] |= node.getClassBody() != null;
                return super.visitNewClass(node, unused);
            }
        };
        roots.forEach(root -> scanner.scan(root, null));
        return found[0];
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

    /** Whether {@code declaration} declares a variable whose type javac infers. */
    static boolean isImplicit(BodyContext body, VariableTree declaration, Tree parent) {
        return body.isVar(declaration) || parent instanceof LambdaExpressionTree
                && (declaration.getType() == null || body.start(declaration.getType()) < 0);
    }
}
