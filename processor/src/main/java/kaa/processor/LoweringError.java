package kaa.processor;

import com.sun.source.tree.Tree;

/** Something in a body the lowering cannot transform: reported as a tagged compile error at {@link #tree}. */
final class LoweringError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Tree tree;
    final Message message;
    final transient Object[] args;

    LoweringError(Tree tree, Message message, Object... args) {
        super(message.format(args));
        this.tree = tree;
        this.message = message;
        this.args = args;
    }
}
