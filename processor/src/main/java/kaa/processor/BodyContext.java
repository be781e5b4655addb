package kaa.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * One coroutine body being lowered: its trees, its source text, the javac utilities that resolve names and types,
 * and the set of trees that contain a {@code yield_} call (computed once).
 */
final class BodyContext {
    static final String ASYNC = "kaa.Async";

    final Trees trees;
    final Elements elements;
    final Types types;
    final CompilationUnitTree unit;
    final MethodTree method;
    final ExecutableElement methodElement;
    final TypeElement owner;
    final TreePath methodPath;
    final CharSequence source;
    final SourcePositions positions;
    private final Set<Tree> containsYield = new HashSet<>();
    private java.util.Map<Tree, TreePath> paths;

    BodyContext(Trees trees, Elements elements, Types types, ExecutableElement methodElement) {
        this.trees = trees;
        this.elements = elements;
        this.types = types;
        this.methodElement = methodElement;
        this.owner = (TypeElement) methodElement.getEnclosingElement();
        this.methodPath = trees.getPath(methodElement);
        this.unit = methodPath.getCompilationUnit();
        this.method = (MethodTree) methodPath.getLeaf();
        this.positions = trees.getSourcePositions();
        try {
            this.source = unit.getSourceFile().getCharContent(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of the body's block. */
    TreePath bodyPath() {
        return new TreePath(methodPath, method.getBody());
    }

    /** Finds the {@code yield_} calls; the body must be attributed ({@link ClassAttribution}). */
    void markYields() {
        paths = null; // attribution adds trees (var types, constructors of anonymous classes): index them too
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (isDsl(getCurrentPath(), "yield_")) {
                    for (TreePath p = getCurrentPath(); p != null && p.getLeaf() != method; p = p.getParentPath()) {
                        if (!containsYield.add(p.getLeaf())) {
                            break;
                        }
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(new TreePath(methodPath, method.getBody()), null);
    }

    /** The warnings that {@code @SuppressWarnings} on local variable declarations of the body suppress. */
    java.util.Set<String> localSuppressions() {
        java.util.Set<String> suppressed = new java.util.TreeSet<>();
        new com.sun.source.util.TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(com.sun.source.tree.VariableTree node, Void unused) {
                for (var annotation : node.getModifiers().getAnnotations()) {
                    String type = annotation.getAnnotationType().toString();
                    if (type.equals("SuppressWarnings") || type.equals("java.lang.SuppressWarnings")) {
                        for (var argument : annotation.getArguments()) {
                            Tree value = argument instanceof com.sun.source.tree.AssignmentTree assignment
                                    ? assignment.getExpression() : argument;
                            collectStrings(value, suppressed);
                        }
                    }
                }
                return super.visitVariable(node, unused);
            }
        }.scan(method.getBody(), null);
        return suppressed;
    }

    private static void collectStrings(Tree value, java.util.Set<String> into) {
        if (value instanceof com.sun.source.tree.LiteralTree literal && literal.getValue() instanceof String text) {
            into.add(text);
        } else if (value instanceof com.sun.source.tree.NewArrayTree array && array.getInitializers() != null) {
            array.getInitializers().forEach(element -> collectStrings(element, into));
        }
    }

    /**
     * Whether the body names, or declares a local of, an auxiliary class: a top-level class of this compilation
     * declared in a file of another name. Generated code that names it gets javac's {@code auxiliaryclass} lint,
     * which the user's own file does not ({@code -Xlint:all -Werror} would fail on generated code only).
     */
    boolean mentionsAuxiliaryClass() {
        boolean[] found = new boolean[1];
        new com.sun.source.util.TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (found[0] || tree == null) {
                    return null;
                }
                if (tree instanceof com.sun.source.tree.IdentifierTree
                        || tree instanceof com.sun.source.tree.MemberSelectTree
                        || tree instanceof com.sun.source.tree.VariableTree) {
                    Element element = elementAt(trees, new TreePath(getCurrentPath(), tree));
                    if (element != null) {
                        found[0] |= isAuxiliary(tree instanceof com.sun.source.tree.VariableTree
                                ? trees.getTypeMirror(new TreePath(getCurrentPath(), tree)) : null, element);
                    }
                }
                return super.scan(tree, unused);
            }
        }.scan(bodyPath(), null);
        return found[0];
    }

    /** Whether {@code type} is an auxiliary class of this compilation (see {@link #mentionsAuxiliaryClass}). */
    boolean isAuxiliaryClass(TypeMirror type) {
        return type.getKind() == javax.lang.model.type.TypeKind.DECLARED && isAuxiliary(type, null);
    }

    private boolean isAuxiliary(TypeMirror variableType, Element element) {
        Element type = variableType instanceof javax.lang.model.type.DeclaredType declared ? declared.asElement()
                : element instanceof javax.lang.model.element.TypeElement ? element : null;
        if (!(type instanceof javax.lang.model.element.TypeElement typeElement)
                || typeElement.getNestingKind() != javax.lang.model.element.NestingKind.TOP_LEVEL) {
            return false;
        }
        TreePath declaration = trees.getPath(typeElement);
        if (declaration == null) {
            return false;
        }
        String file = declaration.getCompilationUnit().getSourceFile().getName();
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return !name.equals(typeElement.getSimpleName() + ".java");
    }

    /** Whether {@code tree} is or contains a {@code yield_} call. */
    boolean containsYield(Tree tree) {
        return tree != null && containsYield.contains(tree);
    }

    /** Whether the invocation at {@code path} calls {@code kaa.Async.<name>}. */
    boolean isDsl(TreePath path, String name) {
        if (!(path.getLeaf() instanceof MethodInvocationTree)) {
            return false;
        }
        Element e = elementAt(trees, path);
        return e != null && e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(name)
                && ((TypeElement) e.getEnclosingElement()).getQualifiedName().contentEquals(ASYNC);
    }

    /** The path of a tree of the method: looked up in an index built once (TreePath.getPath searches every time). */
    TreePath path(Tree tree) {
        if (paths == null) {
            paths = new java.util.IdentityHashMap<>();
            new TreePathScanner<Void, Void>() {
                @Override
                public Void scan(Tree node, Void unused) {
                    if (node != null) {
                        paths.putIfAbsent(node, new TreePath(getCurrentPath(), node));
                    }
                    return super.scan(node, unused);
                }
            }.scan(methodPath, null);
            paths.put(method, methodPath);
        }
        TreePath p = paths.get(tree);
        if (p == null) {
            p = TreePath.getPath(methodPath, tree); // a tree javac added after the index was built
        }
        if (p == null) {
            throw new IllegalStateException("tree not in the coroutine body: " + tree);
        }
        return p;
    }

    /**
     * The type of an expression or declaration. Bodies with erroneous types are never lowered, so a missing type here
     * is a bug of the processor.
     */
    TypeMirror typeOf(Tree tree) {
        TypeMirror type = trees.getTypeMirror(path(tree));
        if (type == null || type.getKind() == javax.lang.model.type.TypeKind.ERROR) {
            throw new IllegalStateException("no type for '" + firstLine(tree) + "' at line " + line(tree));
        }
        return type;
    }

    Element elementOf(Tree tree) {
        return elementAt(trees, path(tree));
    }

    /**
     * The element a tree names, or null. Never {@code Trees.getElement} on a tree javac has not attributed: for such a
     * tree it attributes the whole enclosing class, every plain method included, and what it infers there for a
     * {@code var} of a class generated later in the compilation makes javac crash afterwards (docs/analysis.md).
     */
    static Element elementAt(Trees trees, TreePath path) {
        Tree leaf = path.getLeaf();
        // javac types a declaration's type tree, not the declaration.
        Tree typed = switch (leaf.getKind()) {
            case VARIABLE -> ((com.sun.source.tree.VariableTree) leaf).getType();
            case METHOD -> ((MethodTree) leaf).getReturnType() == null ? ((MethodTree) leaf).getBody()
                    : ((MethodTree) leaf).getReturnType();
            default -> leaf;
        };
        if (typed == null || trees.getTypeMirror(typed == leaf ? path : new TreePath(path, typed)) == null
                && typed.getKind() != Tree.Kind.BLOCK) {
            return null;
        }
        return trees.getElement(path);
    }

    int start(Tree tree) {
        return (int) positions.getStartPosition(unit, tree);
    }

    int end(Tree tree) {
        return (int) positions.getEndPosition(unit, tree);
    }

    long line(Tree tree) {
        if (unit.getLineMap() != null) {
            return unit.getLineMap().getLineNumber(start(tree));
        }
        // javac keeps no line map when it writes no line numbers (-g:none, -g:vars; usertest round 8): our own,
        // made once per body (the lowering asks for the line of every statement)
        if (newlines == null) {
            newlines = java.util.stream.IntStream.range(0, source.length())
                    .filter(i -> source.charAt(i) == '\n').toArray();
        }
        int found = java.util.Arrays.binarySearch(newlines, start(tree));
        return 1 + (found >= 0 ? found : -found - 1); // the newlines before the tree's start, plus one
    }

    /** Offsets of the source's newlines, for {@link #line} when javac has no line map; null until needed. */
    private int[] newlines;

    String fileName() {
        String name = unit.getSourceFile().getName();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** The first line of the source of {@code tree}, for the comment on a state. */
    String firstLine(Tree tree) {
        String text = source.subSequence(start(tree), Math.max(start(tree), end(tree))).toString();
        int newline = text.indexOf('\n');
        String line = (newline < 0 ? text : text.substring(0, newline)).strip();
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

    /**
     * Whether {@code declaration}'s type is written in the source: not {@code var}, and not the type javac infers for
     * an implicitly typed lambda parameter, whose synthetic type tree javac 25 places on the parameter's own text
     * (a rewrite of that tree would print the type over the parameter: {@code i -> i.price()} became
     * {@code Item i.price()}, usertest finding 08).
     */
    boolean hasWrittenType(com.sun.source.tree.VariableTree declaration) {
        Tree type = declaration.getType();
        if (type == null || isVar(declaration)) {
            return false;
        }
        int from = start(type);
        int to = end(type);
        if (from < 0 || to <= from) {
            return false;
        }
        return !java.util.regex.Pattern.compile(
                "(?<![\\w$])" + java.util.regex.Pattern.quote(declaration.getName().toString()) + "(?![\\w$])")
                .matcher(source.subSequence(from, to)).find();
    }

    /**
     * Whether a local variable is declared with {@code var}: read from the source, since after attribution javac
     * replaces the {@code var} type tree (differently on different JDKs).
     */
    boolean isVar(com.sun.source.tree.VariableTree declaration) {
        int from = start(declaration);
        if (from < 0) {
            return false;
        }
        java.util.regex.Matcher name = java.util.regex.Pattern.compile(
                "(?<![\\w$])" + java.util.regex.Pattern.quote(declaration.getName().toString()) + "(?![\\w$])")
                .matcher(source);
        if (!name.find(from)) {
            return false;
        }
        String before = source.subSequence(from, name.start()).toString().strip();
        return before.equals("var") || before.endsWith(" var") || before.endsWith("\tvar")
                || before.endsWith("\nvar") || before.endsWith(")var");
    }

    /**
     * Whether {@code declaration} declares a variable whose type javac infers: a {@code var}, or a lambda parameter
     * without a type ({@code parent} is the tree the declaration belongs to). Before attribution such a parameter has
     * no type tree; after it, one javac made up, without a source position.
     */
    boolean isImplicitlyTyped(com.sun.source.tree.VariableTree declaration, Tree parent) {
        return isVar(declaration) || parent instanceof LambdaExpressionTree
                && (declaration.getType() == null || start(declaration.getType()) < 0);
    }

    /** Whether the expression at {@code path} is a constant label of a {@code case} (JDK 21+ wraps it). */
    static boolean isCaseLabel(TreePath path) {
        Tree parent = path.getParentPath().getLeaf();
        // Not the body of an arrow rule (case 1 -> field;), whose parent is the CaseTree too.
        return parent instanceof com.sun.source.tree.CaseTree
                        && ((com.sun.source.tree.CaseTree) parent).getExpressions().contains(path.getLeaf())
                || parent.getKind().name().equals("CONSTANT_CASE_LABEL");
    }

    /** Whether the path passes through a lambda or a class body before reaching the coroutine method. */
    boolean insideNestedCode(TreePath path) {
        for (TreePath p = path; p != null && p.getLeaf() != method; p = p.getParentPath()) {
            if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf().getKind() == Tree.Kind.CLASS
                    || p.getLeaf().getKind() == Tree.Kind.ENUM || p.getLeaf().getKind() == Tree.Kind.RECORD
                    || p.getLeaf().getKind() == Tree.Kind.INTERFACE) {
                return true;
            }
        }
        return false;
    }
}

