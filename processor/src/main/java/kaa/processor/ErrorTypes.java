package kaa.processor;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/** Finds what javac could not attribute in a tree: an expression or declaration whose type is erroneous. */
final class ErrorTypes extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private Tree first;

    private ErrorTypes(Trees trees) {
        this.trees = trees;
    }

    /**
     * The first superclass or interface of {@code type}, or of its supertypes, that does not exist (yet: a class
     * generated later, like {@code X_Coroutines} in {@code class Sub extends X_Coroutines}), or null.
     */
    static TypeMirror missingSupertype(TypeElement type) {
        List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
        supertypes.add(0, type.getSuperclass());
        for (TypeMirror supertype : supertypes) {
            if (supertype.getKind() == TypeKind.ERROR) {
                return supertype;
            }
            if (supertype instanceof DeclaredType declared) {
                TypeMirror missing = missingSupertype((TypeElement) declared.asElement());
                if (missing != null) {
                    return missing;
                }
            }
        }
        return null;
    }

    /** Whether an attributed tree, or one inside it, has an erroneous type. */
    static boolean in(Trees trees, TreePath path) {
        return first(trees, path) != null;
    }

    /** The first tree at or under {@code path} whose type is erroneous, or null. */
    private static Tree first(Trees trees, TreePath path) {
        ErrorTypes scanner = new ErrorTypes(trees);
        scanner.scan(path, null);
        return scanner.first;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
        if (first != null || tree == null) {
            return null;
        }
        super.scan(tree, unused);
        if (first == null && getCurrentPath() != null) {
            TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), tree));
            if (type != null && type.getKind() == TypeKind.ERROR) {
                first = tree;
            }
        }
        return null;
    }
}
