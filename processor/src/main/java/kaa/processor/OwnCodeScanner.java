package kaa.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.util.TreePathScanner;

/**
 * Scans a coroutine body's own code: not the bodies of the lambdas and classes in it, whose jumps, patterns and
 * bindings stay theirs and are compiled as written.
 */
abstract class OwnCodeScanner extends TreePathScanner<Void, Void> {
    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
        return null;
    }
}
