package kaa.processor;

import java.util.List;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;

/**
 * Whether control can reach the end of a statement copied as written (JLS 14.22), for statement lowering
 * (docs/lowering.md, pass 3): code the lowering appends after a statement that cannot complete normally would be
 * unreachable, which javac rejects, so the current state is closed there instead.
 */
final class Reachability {
    private Reachability() {}

    /** JLS 14.22 "can complete normally", for the statement forms that matter here; null (no statement) can. */
    static boolean canCompleteNormally(Tree statement) {
        if (statement == null) {
            return true;
        }
        return switch (statement.getKind()) {
            case RETURN, THROW, BREAK, CONTINUE, YIELD -> false;
            case BLOCK -> {
                List<? extends StatementTree> statements = ((BlockTree) statement).getStatements();
                yield statements.isEmpty() || canCompleteNormally(statements.get(statements.size() - 1));
            }
            case IF -> {
                IfTree ifTree = (IfTree) statement;
                yield ifTree.getElseStatement() == null || canCompleteNormally(ifTree.getThenStatement())
                        || canCompleteNormally(ifTree.getElseStatement());
            }
            case WHILE_LOOP -> !isTrue(((WhileLoopTree) statement).getCondition())
                    || breaksOut(statement, null);
            case DO_WHILE_LOOP -> !isTrue(((DoWhileLoopTree) statement).getCondition())
                    || breaksOut(statement, null);
            case FOR_LOOP -> ((ForLoopTree) statement).getCondition() != null || breaksOut(statement, null);
            case LABELED_STATEMENT -> {
                LabeledStatementTree labeled = (LabeledStatementTree) statement;
                yield canCompleteNormally(labeled.getStatement())
                        || breaksOut(labeled.getStatement(), labeled.getLabel().toString());
            }
            case SYNCHRONIZED -> canCompleteNormally(((SynchronizedTree) statement).getBlock());
            case TRY -> {
                TryTree tryTree = (TryTree) statement;
                boolean any = canCompleteNormally(tryTree.getBlock());
                for (CatchTree c : tryTree.getCatches()) {
                    any |= canCompleteNormally(c.getBlock());
                }
                yield (tryTree.getFinallyBlock() == null || canCompleteNormally(tryTree.getFinallyBlock())) && any;
            }
            default -> true;
        };
    }

    /** Whether {@code tree} is one of the four loops, which an unlabeled {@code break}/{@code continue} leaves. */
    static boolean isLoop(Tree tree) {
        return switch (tree.getKind()) {
            case WHILE_LOOP, DO_WHILE_LOOP, FOR_LOOP, ENHANCED_FOR_LOOP -> true;
            default -> false;
        };
    }

    /** A condition written as the literal {@code true} (in any parentheses): the loop ends only by a jump. */
    private static boolean isTrue(ExpressionTree condition) {
        String text = condition.toString().replace("(", "").replace(")", "").strip();
        return text.equals("true");
    }

    /**
     * Whether a {@code break} leaves {@code statement} itself: an unlabeled one not inside a nested loop or switch,
     * or one naming {@code label}.
     */
    private static boolean breaksOut(Tree statement, String label) {
        boolean[] found = {false};
        new TreeScanner<Void, Integer>() {
            @Override
            public Void scan(Tree tree, Integer depth) {
                if (tree == null || tree instanceof LambdaExpressionTree || tree instanceof ClassTree) {
                    return null;
                }
                boolean nests = tree != statement && (isLoop(tree) || tree instanceof SwitchTree
                        || tree instanceof SwitchExpressionTree);
                return super.scan(tree, nests ? depth + 1 : depth);
            }

            @Override
            public Void visitBreak(BreakTree node, Integer depth) {
                if (node.getLabel() == null ? depth == 0 : node.getLabel().contentEquals(String.valueOf(label))) {
                    found[0] = true;
                }
                return null;
            }
        }.scan(statement, 0);
        return found[0];
    }
}
