package kaa.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;

/**
 * Finds, without attributing anything, a name in a coroutine body that does not resolve yet: a class that a
 * processor generates in a later round ({@code X_Coroutines}, {@code AutoValue_X}, {@code DaggerX}), or a member that
 * a processor such as Lombok adds to the class. A body that names one is deferred to a later round instead of being
 * attributed now: javac keeps what it infers for a {@code var} or an implicitly typed lambda parameter across rounds,
 * and an erroneous inferred type makes it crash later (docs/analysis.md).
 *
 * <p>The resolution is deliberately simple and errs towards "not found": a name it cannot place only costs a
 * deferral. Local names count as found wherever the body declares them.
 */
final class PendingNames {
    private final Elements elements;
    private final TypeElement owner;
    private final Set<String> declared = new HashSet<>();
    private final Set<String> members = new HashSet<>();
    /** Members whose own type names a class that does not exist yet. */
    private final Set<String> erroneousMembers = new HashSet<>();
    private final List<ImportTree> imports;
    private final String packagePrefix;

    private PendingNames(Elements elements, TypeElement owner, CompilationUnitTree unit) {
        this.elements = elements;
        this.owner = owner;
        this.imports = new ArrayList<>(unit.getImports());
        this.packagePrefix = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
        for (Element e = owner; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type) {
                addMembers(type);
                type.getTypeParameters().forEach(p -> declared.add(p.getSimpleName().toString()));
            }
        }
    }

    /** The members of {@code type}, except those whose own type does not resolve yet. */
    private void addMembers(TypeElement type) {
        for (Element member : elements.getAllMembers(type)) {
            TypeMirror memberType = member instanceof ExecutableElement executable ? executable.getReturnType()
                    : member.asType();
            (isErroneous(memberType) ? erroneousMembers : members).add(member.getSimpleName().toString());
        }
    }

    /**
     * The first name in the method at {@code methodPath} (its signature's types, and the trees of its body that
     * {@code inBody} selects) that does not resolve yet, or null when all do.
     */
    static Tree firstPending(Elements elements, TreePath methodPath, ExecutableElement method,
            List<? extends Tree> inBody) {
        if (isErroneous(method.getReturnType())
                || method.getParameters().stream().map(VariableElement::asType).anyMatch(PendingNames::isErroneous)
                || method.getThrownTypes().stream().anyMatch(PendingNames::isErroneous)) {
            return methodPath.getLeaf();
        }
        PendingNames names = new PendingNames(elements, (TypeElement) method.getEnclosingElement(),
                methodPath.getCompilationUnit());
        MethodTree tree = (MethodTree) methodPath.getLeaf();
        tree.getParameters().forEach(p -> names.declared.add(p.getName().toString()));
        tree.getTypeParameters().forEach(p -> names.declared.add(p.getName().toString()));
        names.collectDeclarations(tree.getBody());
        for (Tree root : inBody) {
            Tree pending = names.firstPendingIn(TreePath.getPath(methodPath, root));
            if (pending != null) {
                return pending;
            }
        }
        return null;
    }

    /**
     * The trees of a body whose attribution infers the type of an implicitly typed variable: the initializer of each
     * {@code var}, the iterable of a {@code for (var x : ...)}, and the statement around each lambda with implicit
     * parameters (their types come from the call the lambda is an argument of).
     */
    static List<Tree> inferenceRoots(BodyContext body) {
        List<Tree> roots = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                if (body.isVar(node) && node.getInitializer() != null) {
                    roots.add(node.getInitializer());
                }
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitEnhancedForLoop(com.sun.source.tree.EnhancedForLoopTree node, Void unused) {
                if (body.isVar(node.getVariable())) {
                    roots.add(node.getExpression());
                }
                return super.visitEnhancedForLoop(node, unused);
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                boolean implicit = node.getParameters().stream()
                        .anyMatch(p -> body.isImplicitlyTyped(p, node));
                if (implicit) {
                    roots.add(enclosingStatement(getCurrentPath(), body));
                }
                return super.visitLambdaExpression(node, unused);
            }
        }.scan(new TreePath(body.methodPath, body.method.getBody()), null);
        return roots;
    }

    /**
     * The innermost statement around {@code path}: a lambda's parameter types are inferred from the expression it is
     * part of, which that statement holds (an anonymous class elsewhere in a larger statement around it does not
     * reach them, except through a {@code var}, which is a root of its own).
     */
    private static Tree enclosingStatement(TreePath path, BodyContext body) {
        for (TreePath p = path; p != null && p.getLeaf() != body.method.getBody(); p = p.getParentPath()) {
            if (p.getLeaf() instanceof com.sun.source.tree.StatementTree) {
                return p.getLeaf();
            }
        }
        return path.getLeaf();
    }

    private void collectDeclarations(Tree root) {
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                declared.add(node.getName().toString());
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                declared.add(node.getSimpleName().toString());
                for (Tree member : node.getMembers()) {
                    if (member instanceof MethodTree method) {
                        declared.add(method.getName().toString());
                    }
                }
                return super.visitClass(node, unused);
            }

            @Override
            public Void visitTypeParameter(TypeParameterTree node, Void unused) {
                declared.add(node.getName().toString());
                return super.visitTypeParameter(node, unused);
            }
        }.scan(root, null);
    }

    private Tree firstPendingIn(TreePath root) {
        Tree[] pending = new Tree[1];
        new TreePathScanner<Void, Void>() {
            /** The members of the supertypes of the local and anonymous classes around the current tree. */
            private final List<Set<String>> nestedMembers = new ArrayList<>();

            @Override
            public Void scan(Tree tree, Void unused) {
                return pending[0] == null ? super.scan(tree, unused) : null;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                Set<String> inherited = new HashSet<>();
                List<Tree> supertypes = new ArrayList<>(node.getImplementsClause());
                if (node.getExtendsClause() != null) {
                    supertypes.add(node.getExtendsClause());
                }
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                if (parent instanceof NewClassTree creation) {
                    supertypes.add(creation.getIdentifier());
                }
                for (Tree supertype : supertypes) {
                    TypeElement type = typeNamed(supertype);
                    if (type != null) {
                        elements.getAllMembers(type).forEach(m -> inherited.add(m.getSimpleName().toString()));
                    }
                }
                nestedMembers.add(inherited);
                try {
                    return super.visitClass(node, unused);
                } finally {
                    nestedMembers.remove(nestedMembers.size() - 1);
                }
            }

            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                String name = node.getName().toString();
                if (erroneousMembers.contains(name) && !declared.contains(name)) {
                    pending[0] = node;
                    return null;
                }
                if (name.equals("this") || name.equals("super") || BodyContext.isCaseLabel(getCurrentPath())
                        || declared.contains(name)
                        || members.contains(name) || nestedMembers.stream().anyMatch(m -> m.contains(name))) {
                    return null;
                }
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                Tree created = parent instanceof com.sun.source.tree.ParameterizedTypeTree parameterized
                        && parameterized.getType() == node ? getCurrentPath().getParentPath().getParentPath().getLeaf()
                        : parent;
                if (created instanceof NewClassTree creation && creation.getEnclosingExpression() != null
                        && (creation.getIdentifier() == node || creation.getIdentifier() == parent)) {
                    return null; // 'outer.new Inner()': Inner is a member of outer's type, not a name in scope
                }
                boolean method = parent instanceof MethodInvocationTree call && call.getMethodSelect() == node;
                // Later rounds bring classes; the members processors add to a class (Lombok's) exist after the
                // round that saw the class first, which is when the machines are written. So only a name that
                // may be a class is waited for; any other unresolved name is the user's mistake, for javac.
                if (method || !Character.isUpperCase(name.charAt(0)) || resolvesAsTypeOrStatic(name)
                        || qualifiedNameResolves(getCurrentPath())) {
                    return null;
                }
                pending[0] = node;
                return null;
            }
        }.scan(root, null);
        return pending[0];
    }

    /** A qualified name starting at the identifier at {@code path}: {@code java.util.List}, {@code a.b.C.D}. */
    private boolean qualifiedNameResolves(TreePath path) {
        StringBuilder name = new StringBuilder(((IdentifierTree) path.getLeaf()).getName());
        for (TreePath p = path.getParentPath(); p != null && p.getLeaf() instanceof MemberSelectTree select;
                p = p.getParentPath()) {
            name.append('.').append(select.getIdentifier());
            if (elements.getTypeElement(name) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean resolvesAsTypeOrStatic(String name) {
        return typeNamed(name) != null || staticallyImported(name);
    }

    /** The type a simple or qualified type name in the body means, or null when it does not resolve. */
    private TypeElement typeNamed(Tree tree) {
        Tree named = tree instanceof com.sun.source.tree.ParameterizedTypeTree p ? p.getType() : tree;
        if (named instanceof IdentifierTree identifier) {
            String simple = identifier.getName().toString();
            for (Element e = owner; e != null; e = e.getEnclosingElement()) {
                if (e instanceof TypeElement type) {
                    for (Element member : elements.getAllMembers(type)) {
                        if (member instanceof TypeElement nested && nested.getSimpleName().contentEquals(simple)) {
                            return nested;
                        }
                    }
                }
            }
            return typeNamed(simple);
        }
        return named instanceof MemberSelectTree ? elements.getTypeElement(named.toString()) : null;
    }

    private TypeElement typeNamed(String simple) {
        for (ImportTree imported : imports) {
            String name = imported.getQualifiedIdentifier().toString();
            if (!imported.isStatic() && name.endsWith("." + simple)) {
                TypeElement type = elements.getTypeElement(name);
                if (type != null) {
                    return type;
                }
            }
        }
        for (String candidate : List.of(packagePrefix + simple, "java.lang." + simple)) {
            TypeElement type = elements.getTypeElement(candidate);
            if (type != null) {
                return type;
            }
        }
        for (ImportTree imported : imports) {
            String name = imported.getQualifiedIdentifier().toString();
            if (name.endsWith(".*")) {
                TypeElement type = elements.getTypeElement(name.substring(0, name.length() - 1) + simple);
                if (type != null) {
                    return type;
                }
            }
        }
        return null;
    }

    /** Whether a static import (single or on demand) brings a member named {@code name} into scope. */
    private boolean staticallyImported(String name) {
        for (ImportTree imported : imports) {
            if (!imported.isStatic()) {
                continue;
            }
            String qualified = imported.getQualifiedIdentifier().toString();
            int dot = qualified.lastIndexOf('.');
            String member = qualified.substring(dot + 1);
            if (!member.equals("*") && !member.equals(name)) {
                continue;
            }
            TypeElement type = elements.getTypeElement(qualified.substring(0, dot));
            if (type != null && elements.getAllMembers(type).stream()
                    .anyMatch(m -> m.getSimpleName().contentEquals(name) && m.getKind() != ElementKind.CONSTRUCTOR)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isErroneous(TypeMirror type) {
        return type.getKind() == TypeKind.ERROR;
    }
}
