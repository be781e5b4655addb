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
            long start = copyPositions.getStartPosition(copy, tree);
            long end = copyPositions.getEndPosition(copy, tree);
            Tree[] found = {original, null};
            new TreeScanner<Void, Void>() {
                @Override
                public Void scan(Tree node, Void unused) {
                    if (node == null || found[1] != null) {
                        return null;
                    }
                    long nodeStart = positions.getStartPosition(original, node);
                    long nodeEnd = positions.getEndPosition(original, node);
                    if (nodeStart == start && nodeEnd == end && node.getKind() == tree.getKind()) {
                        found[1] = node;
                        return null;
                    }
                    if (nodeStart <= start && nodeEnd >= end && nodeStart >= 0) {
                        found[0] = node;
                        return super.scan(node, unused);
                    }
                    return null;
                }
            }.scan(original, null);
            return found[1] != null ? found[1] : found[0];
        }
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
