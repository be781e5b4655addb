package kaa.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
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
        trees.printMessage(Diagnostic.Kind.ERROR, message.format(args), tree, unit);
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
