package kaa.processor;

import java.util.List;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
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
    private final BodyContext body;

    Reachability(BodyContext body) {
        this.body = body;
    }

    /**
     * JLS 14.22 "can complete normally" (with Java 17's rules for {@code switch}) for a statement of the body; null
     * (no statement) can. Conditions that are constant expressions (JLS 15.29) count as their value, as for javac.
     */
    boolean canCompleteNormally(Tree statement) {
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
            case DO_WHILE_LOOP -> {
                DoWhileLoopTree loop = (DoWhileLoopTree) statement;
                yield !isTrue(loop.getCondition())
                        && (canCompleteNormally(loop.getStatement())
                                || continues(loop.getStatement(), labelOf(statement)))
                        || breaksOut(statement, null);
            }
            case FOR_LOOP -> {
                ExpressionTree condition = ((ForLoopTree) statement).getCondition();
                yield condition != null && !isTrue(condition) || breaksOut(statement, null);
            }
            case SWITCH -> switchCanCompleteNormally((SwitchTree) statement);
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

    /** A condition that is the constant expression {@code true}: the loop ends only by a jump. */
    private boolean isTrue(ExpressionTree condition) {
        return Boolean.TRUE.equals(new ConstantFolder(body).value(condition));
    }

    /**
     * JLS 14.22 for a switch statement, as of Java 17: it can complete normally if its block has no {@code default}
     * label, if a {@code break} leaves it, or if control can fall out of its last group (or out of any rule).
     */
    private boolean switchCanCompleteNormally(SwitchTree switchTree) {
        List<? extends CaseTree> cases = switchTree.getCases();
        if (cases.isEmpty() || breaksOut(switchTree, null)) {
            return true;
        }
        boolean hasDefault = false;
        for (CaseTree c : cases) {
            hasDefault |= c.getExpressions().isEmpty();
        }
        if (!hasDefault) {
            return true;
        }
        if (cases.get(0).getCaseKind() == CaseTree.CaseKind.RULE) {
            for (CaseTree c : cases) {
                Tree rule = c.getBody();
                if (rule instanceof ExpressionTree || rule instanceof ExpressionStatementTree
                        || rule instanceof BlockTree && canCompleteNormally(rule)) {
                    return true;
                }
            }
            return false;
        }
        List<? extends StatementTree> last = cases.get(cases.size() - 1).getStatements();
        return last == null || last.isEmpty() || canCompleteNormally(last.get(last.size() - 1));
    }

    /** The label of {@code statement} ({@code L: do ...}), or null. */
    private String labelOf(Tree statement) {
        Tree parent = body.path(statement).getParentPath().getLeaf();
        return parent instanceof LabeledStatementTree ? ((LabeledStatementTree) parent).getLabel().toString() : null;
    }

    /**
     * Whether a {@code continue} in the body {@code tree} of a loop continues that loop: an unlabeled one outside
     * nested loops, or one naming the loop's {@code label}.
     */
    private static boolean continues(Tree tree, String label) {
        boolean[] found = {false};
        new TreeScanner<Void, Integer>() {
            @Override
            public Void scan(Tree t, Integer depth) {
                if (t == null || t instanceof LambdaExpressionTree || t instanceof ClassTree) {
                    return null;
                }
                return super.scan(t, isLoop(t) ? depth + 1 : depth);
            }

            @Override
            public Void visitContinue(ContinueTree node, Integer depth) {
                if (node.getLabel() == null ? depth == 0 : node.getLabel().contentEquals(String.valueOf(label))) {
                    found[0] = true;
                }
                return null;
            }
        }.scan(tree, 0);
        return found[0];
    }

    /**
     * Whether a {@code break} leaves {@code statement} itself: with {@code label} null (a loop or switch), an
     * unlabeled one not inside a nested loop or switch; else one naming {@code label}.
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
                // An unlabeled break leaves the innermost loop or switch, never a labeled block around it.
                if (node.getLabel() == null ? label == null && depth == 0
                        : label != null && node.getLabel().contentEquals(label)) {
                    found[0] = true;
                }
                return null;
            }
        }.scan(statement, 0);
        return found[0];
    }
}
