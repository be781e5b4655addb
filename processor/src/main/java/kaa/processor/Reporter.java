package kaa.processor;

import java.util.IdentityHashMap;
import java.util.Map;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

/** Reports every diagnostic of the processor, at the exact tree when there is one, so IDEs underline it. */
final class Reporter {
    private final Trees trees;
    private final Messager messager;
    private int errorCount;

    Reporter(Trees trees, Messager messager) {
        this.trees = trees;
        this.messager = messager;
    }

    void error(Tree tree, CompilationUnitTree unit, Message message, Object... args) {
        errorCount++;
        Copied copied = copies.get(unit);
        if (copied != null) {
            tree = copied.originalOf(tree, unit, trees.getSourcePositions());
            unit = copied.original;
        }
        trees.printMessage(Diagnostic.Kind.ERROR, message.format(args), tree, unit);
    }

    /**
     * Reports errors about trees of {@code copy}, a compilation unit that a private task parsed from the same text as
     * {@code original} ({@link CopyAttribution}), at the trees of {@code original} in the same place.
     */
    void addCopy(CompilationUnitTree copy, CompilationUnitTree original, SourcePositions copyPositions) {
        copies.put(copy, new Copied(original, copyPositions));
    }

    /** Forgets the copies registered by {@link #addCopy}, once their private task is done with. */
    void forgetCopies() {
        copies.clear();
    }

    private final Map<CompilationUnitTree, Copied> copies = new IdentityHashMap<>();

    private record Copied(CompilationUnitTree original, SourcePositions copyPositions) {
        /** The tree of the original at the place of {@code tree}: the same kind and span, else the smallest around. */
        Tree originalOf(Tree tree, CompilationUnitTree copy, SourcePositions positions) {
            return treeAt(original, positions, copyPositions.getStartPosition(copy, tree),
                    copyPositions.getEndPosition(copy, tree), tree.getKind());
        }
    }

    /**
     * The tree of {@code unit} that spans {@code start} to {@code end}, of the given kind (any kind when null: then the
     * innermost), else the smallest tree around that span.
     */
    private static Tree treeAt(CompilationUnitTree unit, SourcePositions positions, long start, long end,
            Tree.Kind kind) {
        Tree[] found = {unit, null};
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree node, Void unused) {
                if (node == null || found[1] != null && kind != null) {
                    return null;
                }
                long nodeStart = positions.getStartPosition(unit, node);
                long nodeEnd = positions.getEndPosition(unit, node);
                if (nodeStart == start && nodeEnd == end && (kind == null || node.getKind() == kind)) {
                    found[1] = node;
                    return kind == null ? super.scan(node, unused) : null;
                }
                if (nodeStart <= start && nodeEnd >= end && nodeStart >= 0) {
                    found[0] = node;
                    return super.scan(node, unused);
                }
                return null;
            }
        }.scan(unit, null);
        return found[1] != null ? found[1] : found[0];
    }

    /**
     * Reports, at the tree of {@code original} in its place, an error javac found in a private task's copy of
     * {@code original}'s text ({@link CopyAttribution}): javac's own message, which javac would print itself had the
     * processor not stopped it first.
     */
    void relay(Diagnostic<?> error, CompilationUnitTree original) {
        errorCount++;
        Tree tree = error.getStartPosition() == Diagnostic.NOPOS ? original
                : treeAt(original, trees.getSourcePositions(), error.getStartPosition(), error.getEndPosition(), null);
        trees.printMessage(Diagnostic.Kind.ERROR, error.getMessage(null), tree, original);
    }

    /** A diagnostic found before it is known whether to report it. */
    record Finding(Tree tree, CompilationUnitTree unit, Message message, Object... args) {
    }

    /** Reports {@code finding} as a note: {@code message}'s text, with the finding's class and message filled in. */
    void note(Finding finding, Message message, Object className) {
        trees.printMessage(Diagnostic.Kind.NOTE, message.format(className, finding.message().format(finding.args())),
                finding.tree(), finding.unit());
    }

    /** Reports {@code findings}; returns whether there were any. */
    boolean report(java.util.List<Finding> findings) {
        for (Finding finding : findings) {
            error(finding.tree(), finding.unit(), finding.message(), finding.args());
        }
        return !findings.isEmpty();
    }

    void error(Element element, Message message, Object... args) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    /** How many errors have been reported so far; compare before and after a step to see whether it failed. */
    int errorCount() {
        return errorCount;
    }
}
