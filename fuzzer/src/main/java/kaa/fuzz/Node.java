package kaa.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of a generated program: a statement or an expression. A uniform, mutable tree, so the minimiser can
 * delete and replace any part generically; {@link Renderer} knows what each kind's fields and children mean.
 */
final class Node {
    /** Flags. */
    static final int FINAL = 1;
    static final int ARROW = 2;
    static final int CHECKED = 4;
    static final int PREFIX = 8;
    static final int EXISTING = 16;
    static final int RETURN_IP = 32;
    static final int CONDITION_FIRST = 64;
    /**
     * On a BLOCK that is the body of an {@code if}, {@code else}, loop or labeled statement: written without braces
     * when it holds exactly one statement that may stand alone there (not a declaration); an {@code else} body that
     * is one {@code if} is then written {@code else if}.
     */
    static final int BARE = 128;
    /** On an ARRAY: written as an array initializer {@code {...}} (in a declaration, or nested in another). */
    static final int INIT = 256;
    /** On a VAR of INT, LONG or BOOL: the variable is a box (a pattern binding {@code Integer n}), not a primitive. */
    static final int BOXED = 512;
    /**
     * On a BIN, COND or ASSIGN: written without the parentheses Java does not need where it stands
     * ({@code a *= v + 1}, {@code if (a < b && c)}); else every operator is parenthesized. On a METHOD: a receiver
     * that is a call is written without parentheses ({@code yield_(x).name()}).
     */
    static final int TIGHT = 1024;

    /** Every kind of node; the comment gives the meaning of {@code name}, {@code aux} and the children. */
    enum Kind {
        // ---- statements
        /** children: statements. */
        BLOCK,
        /** name: variable; type; flag FINAL; children: [initialiser] (none: declared without one). */
        DECL,
        /** children: a statement expression. */
        EXPR,
        /** name: tag; children: [value]. */
        TRACE,
        /** {@code yield_();}. */
        SLICE,
        /** children: condition, then-block, [else-block]. */
        IF,
        /** number: id; bound; flag CONDITION_FIRST; children: condition, body. A counter bounds the loop. */
        WHILE,
        /** number: id; bound; children: condition, body. */
        DO,
        /** number: id; bound; children: condition, body, [update expression]. */
        FOR,
        /** name: variable; type: element type; children: iterable, body. */
        FOREACH,
        /** name: label; children: statement. */
        LABELED,
        /** name: label or null. */
        BREAK,
        /** name: label or null. */
        CONTINUE,
        /** flag RETURN_IP: {@code return ip}; children: value. */
        RETURN,
        /** children: exception expression. */
        THROW,
        /** flag ARROW; children: selector, CASE... */
        SWITCH,
        /** name: labels joined by ", " ("default" for the default); children: statements or one arm. */
        CASE,
        /** children: RESOURCES, BLOCK, CATCH..., [FINALLY]. */
        TRY,
        /** children: RESOURCE... */
        RESOURCES,
        /** name: variable; flag EXISTING: declared just before the try; children: initialiser. */
        RESOURCE,
        /** name: parameter; aux: types joined by " | "; children: BLOCK. */
        CATCH,
        /** children: BLOCK. */
        FINALLY,
        /**
         * A local record, enum, interface or class declaration: name: the type's name; aux: its source (lines joined
         * by newlines). Not a statement that may stand as a bare body.
         */
        LOCAL_TYPE,
        /** {@code yield v;} in a switch expression; children: value. */
        YIELD_VALUE,

        // ---- expressions
        /** name: literal text. */
        LIT,
        /** name: variable or field. */
        VAR,
        /** name: operator; children: left, right. */
        BIN,
        /** name: "!" or "-"; children: operand. */
        UNARY,
        /** children: condition, then, else. */
        COND,
        /** name: method, qualified ({@code Fx.id}, {@code Fx.<Integer>fail}); children: arguments. */
        CALL,
        /** name: method; children: receiver, arguments. */
        METHOD,
        /** flag CHECKED: {@code yield_(ip, Fx.Checked.class)}; children: the awaited expression. */
        YIELD,
        /** name: operator; children: target (VAR or INDEX), value. */
        ASSIGN,
        /** name: "++" or "--"; flag PREFIX; children: target. */
        INC,
        /** children: array, index (rendered {@code a[(i) & 3]}). */
        INDEX,
        /** flag ARROW; type; children: selector, CASE... (arms: an expression, or statements ending in YIELD_VALUE). */
        SWITCH_EXPR,
        /** children: body expression. */
        LAMBDA,
        /** name: exception class; children: message. */
        NEW,
        /** name: element type; children: elements ({@code new int[] {...}}). */
        ARRAY,
        /** children: elements ({@code List.of(...)}). */
        LIST,
        /** name: type; children: operand. */
        CAST,
        /**
         * name: source text in which {@code #0}, {@code #1}, ... stand for the children (and {@code @OWNER@} for the
         * program's class): patterns, lub-typed and local-typed uses, nested array elements and the like.
         */
        TEMPLATE;

        boolean isStatement() {
            return ordinal() <= YIELD_VALUE.ordinal();
        }
    }

    final Kind kind;
    String name;
    String aux;
    Ty type;
    /** An id unique in the program (loop counters, try markers, catch tags). */
    int number;
    /** A loop's iteration bound. */
    int bound;
    int flags;
    final List<Node> kids = new ArrayList<>();

    Node(Kind kind) {
        this.kind = kind;
    }

    static Node of(Kind kind, String name, Node... kids) {
        Node node = new Node(kind);
        node.name = name;
        node.kids.addAll(List.of(kids));
        return node;
    }

    Node typed(Ty ty) {
        this.type = ty;
        return this;
    }

    Node flag(int flag) {
        this.flags |= flag;
        return this;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    Node kid(int i) {
        return kids.get(i);
    }

    Node copy() {
        Node copy = new Node(kind);
        copy.name = name;
        copy.aux = aux;
        copy.type = type;
        copy.number = number;
        copy.bound = bound;
        copy.flags = flags;
        for (Node kid : kids) {
            copy.kids.add(kid.copy());
        }
        return copy;
    }

    /** Nodes in this subtree, this one included. */
    int size() {
        int size = 1;
        for (Node kid : kids) {
            size += kid.size();
        }
        return size;
    }

    /** Whether a {@code yield_} (or {@code yield_()}) occurs in this subtree. */
    boolean suspends() {
        if (kind == Kind.YIELD || kind == Kind.SLICE) {
            return true;
        }
        for (Node kid : kids) {
            if (kid.suspends()) {
                return true;
            }
        }
        return false;
    }
}
