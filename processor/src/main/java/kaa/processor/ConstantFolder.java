package kaa.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;

/**
 * The value of a constant expression (JLS 15.29) of the body, as javac computes it for reachability: literals,
 * constant variables (a {@code final} local or field with a constant initializer), and the operators on them. Used
 * only to decide whether a loop condition is constantly {@code true}; anything it does not fold is "not constant",
 * which errs towards "can complete normally" (a jump javac would reject, never a silent fall-through).
 */
final class ConstantFolder {
    private final BodyContext body;

    ConstantFolder(BodyContext body) {
        this.body = body;
    }

    /** The value (Boolean, Long for integral types and char, Double, String), or null if not folded. */
    Object value(ExpressionTree tree) {
        switch (tree.getKind()) {
            case BOOLEAN_LITERAL, STRING_LITERAL:
                return ((LiteralTree) tree).getValue();
            case INT_LITERAL, LONG_LITERAL:
                return ((Number) ((LiteralTree) tree).getValue()).longValue();
            case CHAR_LITERAL:
                return (long) (Character) ((LiteralTree) tree).getValue();
            case FLOAT_LITERAL, DOUBLE_LITERAL:
                return ((Number) ((LiteralTree) tree).getValue()).doubleValue();
            case PARENTHESIZED:
                return value(((ParenthesizedTree) tree).getExpression());
            case IDENTIFIER, MEMBER_SELECT:
                return constantVariable(tree);
            case TYPE_CAST:
                return cast((TypeCastTree) tree);
            case CONDITIONAL_EXPRESSION: {
                ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
                Object condition = value(conditional.getCondition());
                Object whenTrue = value(conditional.getTrueExpression());
                Object whenFalse = value(conditional.getFalseExpression());
                if (!(condition instanceof Boolean) || whenTrue == null || whenFalse == null) {
                    return null;
                }
                return (Boolean) condition ? whenTrue : whenFalse;
            }
            case LOGICAL_COMPLEMENT: {
                Object operand = value(((UnaryTree) tree).getExpression());
                return operand instanceof Boolean ? !(Boolean) operand : null;
            }
            case UNARY_MINUS: {
                Object operand = value(((UnaryTree) tree).getExpression());
                return operand instanceof Long ? (Object) (-(Long) operand)
                        : operand instanceof Double ? (Object) (-(Double) operand) : null;
            }
            case UNARY_PLUS:
                return value(((UnaryTree) tree).getExpression());
            default:
                return tree instanceof BinaryTree ? binary((BinaryTree) tree) : null;
        }
    }

    private Object constantVariable(ExpressionTree tree) {
        Element element = BodyContext.elementAt(body.trees, body.path(tree));
        if (!(element instanceof VariableElement)) {
            return null;
        }
        Object constant = ((VariableElement) element).getConstantValue();
        if (constant instanceof Character) {
            return (long) (Character) constant;
        }
        if (constant instanceof Float || constant instanceof Double) {
            return ((Number) constant).doubleValue();
        }
        if (constant instanceof Number) {
            return ((Number) constant).longValue();
        }
        return constant;
    }

    private Object cast(TypeCastTree cast) {
        Object operand = value(cast.getExpression());
        TypeMirror type = body.trees.getTypeMirror(body.path(cast));
        if (operand == null || type == null) {
            return null;
        }
        TypeKind kind = type.getKind();
        if (kind == TypeKind.BOOLEAN || type.toString().equals("java.lang.String")) {
            return operand;
        }
        if (!(operand instanceof Number)) {
            return null;
        }
        Number n = (Number) operand;
        return switch (kind) {
            case BYTE -> (long) n.byteValue();
            case SHORT -> (long) n.shortValue();
            case CHAR -> (long) (char) n.intValue();
            case INT -> (long) n.intValue();
            case LONG -> n.longValue();
            case FLOAT -> (double) n.floatValue();
            case DOUBLE -> n.doubleValue();
            default -> null;
        };
    }

    private Object binary(BinaryTree tree) {
        Object left = value(tree.getLeftOperand());
        Object right = value(tree.getRightOperand());
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof Boolean && right instanceof Boolean) {
            boolean a = (Boolean) left;
            boolean b = (Boolean) right;
            return switch (tree.getKind()) {
                case CONDITIONAL_AND, AND -> a && b;
                case CONDITIONAL_OR, OR -> a || b;
                case XOR, NOT_EQUAL_TO -> a != b;
                case EQUAL_TO -> a == b;
                default -> null;
            };
        }
        if (!(left instanceof Number) || !(right instanceof Number)) {
            return null; // strings: never part of a constant condition's value here
        }
        if (left instanceof Long && right instanceof Long) {
            long a = (Long) left;
            long b = (Long) right;
            return switch (tree.getKind()) {
                case LESS_THAN -> a < b;
                case LESS_THAN_EQUAL -> a <= b;
                case GREATER_THAN -> a > b;
                case GREATER_THAN_EQUAL -> a >= b;
                case EQUAL_TO -> a == b;
                case NOT_EQUAL_TO -> a != b;
                // Arithmetic is not folded (int overflow would need the operand types): "not constant".
                default -> null;
            };
        }
        if (left instanceof Number && right instanceof Number) {
            double a = ((Number) left).doubleValue();
            double b = ((Number) right).doubleValue();
            return switch (tree.getKind()) {
                case LESS_THAN -> a < b;
                case LESS_THAN_EQUAL -> a <= b;
                case GREATER_THAN -> a > b;
                case GREATER_THAN_EQUAL -> a >= b;
                case EQUAL_TO -> a == b;
                case NOT_EQUAL_TO -> a != b;
                default -> null;
            };
        }
        return null;
    }
}
