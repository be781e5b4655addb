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

    /**
     * Whether the signature of {@code method} names a type that does not exist: in its return type, a parameter, a
     * thrown type or a bound of its type parameters, at any depth ({@code List<Integer>} without the import).
     */
    static boolean inSignature(javax.lang.model.element.ExecutableElement method) {
        List<TypeMirror> types = new ArrayList<>(method.getThrownTypes());
        types.add(method.getReturnType());
        method.getParameters().forEach(parameter -> types.add(parameter.asType()));
        method.getTypeParameters().forEach(parameter -> types.addAll(parameter.getBounds()));
        return types.stream().anyMatch(type -> erroneous(type, new java.util.HashSet<>()));
    }

    /** Whether a bound of a type parameter of {@code type} or of a class around it names a type that does not exist. */
    static boolean inTypeParameters(TypeElement type) {
        for (javax.lang.model.element.Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            for (var parameter : t.getTypeParameters()) {
                if (parameter.getBounds().stream().anyMatch(bound -> erroneous(bound, new java.util.HashSet<>()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean erroneous(TypeMirror type, java.util.Set<TypeMirror> seen) {
        if (type == null || !seen.add(type)) {
            return false;
        }
        return switch (type.getKind()) {
            case ERROR -> true;
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(t -> erroneous(t, seen))
                    || erroneous(((DeclaredType) type).getEnclosingType(), seen);
            case ARRAY -> erroneous(((javax.lang.model.type.ArrayType) type).getComponentType(), seen);
            case WILDCARD -> erroneous(((javax.lang.model.type.WildcardType) type).getExtendsBound(), seen)
                    || erroneous(((javax.lang.model.type.WildcardType) type).getSuperBound(), seen);
            case TYPEVAR -> erroneous(((javax.lang.model.type.TypeVariable) type).getUpperBound(), seen);
            case INTERSECTION -> ((javax.lang.model.type.IntersectionType) type).getBounds().stream()
                    .anyMatch(t -> erroneous(t, seen));
            default -> false;
        };
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
