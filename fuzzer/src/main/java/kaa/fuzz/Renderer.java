package kaa.fuzz;

import java.util.List;
import java.util.stream.Collectors;
import kaa.fuzz.Node.Kind;

/**
 * Writes a {@link Program} as Java source: one class with the body as a {@code @Coroutine} method {@code co} and again
 * as a plain method {@code plain}, where {@code yield_(x)} is {@code Fx.direct(x)} (the value {@code x} finishes with,
 * or its failure thrown), {@code yield_()} is {@code Fx.slice()}, {@code return done(v)} is {@code return v} and
 * {@code return ip} is {@code return Fx.follow(ip)} (the run then finishes as {@code ip} does).
 *
 * <p>Markers the abort oracle counts are written here, not kept in the tree, so the minimiser cannot delete them: a
 * {@code try} with a {@code finally} traces {@code T<n>} on entry and {@code F<n>} first thing in its finally; a
 * try-with-resources body first uses each resource (javac's {@code try} lint wants that); a catch block first traces
 * what it caught.
 */
final class Renderer {
    /** Which version of the body. */
    enum Mode { COROUTINE, PLAIN }

    /** Imports every program has; a finding also gets {@link #FINDING_IMPORTS}. */
    static final List<String> IMPORTS = List.of(
            "import java.util.List;",
            "import java.util.function.Supplier;",
            "import kaa.*;");
    static final String STATIC_IMPORT = "import static kaa.Async.*;";

    private final Mode mode;
    /** The program's class, for {@code Owner.this}. */
    private final String owner;
    private final StringBuilder out = new StringBuilder();

    private Renderer(Mode mode, String owner) {
        this.mode = mode;
        this.owner = owner;
    }

    // ------------------------------------------------------------------------------------------ classes

    /** How every program (batch member, plain version, finding) reaches the support class. */
    static final String FX_IMPORT = "import kaa.fuzz.support.Fx;";

    /** The source of a batch member: Fx comes from the fuzzer's support package. */
    static String batchSource(Program program) {
        return FX_IMPORT + "\n" + String.join("\n", IMPORTS) + "\n" + STATIC_IMPORT + "\n\n"
                + classSource(program, true, "");
    }

    /** The source of the plain version alone (no coroutine, no processor involved): tells generator bugs apart. */
    static String plainOnlySource(Program program) {
        return FX_IMPORT + "\n" + String.join("\n", IMPORTS) + "\n" + STATIC_IMPORT + "\n\n"
                + classSource(program, false, "");
    }

    /** The class; {@code nested} is appended inside it (a finding's main). */
    static String classSource(Program program, boolean withCoroutine, String nested) {
        String n = program.name();
        String ret = program.returnType().boxed;
        String params = "(int p, String q)";
        String throwsClause = program.declaresChecked() ? " throws Fx.Checked" : "";
        String modifier = program.instance() ? "" : "static ";
        String typeVariable = program.generic() ? "<T> " : "";
        String typeArgument = program.generic() ? "<String>" : "";
        StringBuilder s = new StringBuilder();
        // The class's type variable is not the method's T: a coroutine's type variable may not shadow its class's
        // ([kaa.shadowed-type-variable]).
        s.append("public abstract class ").append(n).append(program.generic() ? "<C>" : "").append(" {\n");
        s.append("    enum E { A, B, C }\n\n");
        s.append("    static int fs;\n");
        s.append("    int fi;\n");
        String coroutineBody = body(program.body(), Mode.COROUTINE, n);
        String plainBody = body(program.body(), Mode.PLAIN, n);
        for (String member : program.members()) {
            if (!member.equals("Box")) {
                // A member type named like a JDK type; its f is what the body calls (Override.f(x)).
                s.append("\n    static final class ").append(member).append(" {\n");
                s.append("        static int f(int x) {\n");
                s.append("            return x * 3 + ").append(member.length()).append(";\n");
                s.append("        }\n    }\n");
            }
        }
        if (withCoroutine) {
            s.append("\n    @Coroutine\n");
            s.append("    ").append(modifier).append(typeVariable).append("InProgress<").append(ret).append("> co")
                    .append(params).append(throwsClause).append(' ');
            s.append(coroutineBody);
        }
        s.append("\n    ").append(modifier).append(typeVariable).append(ret).append(" plain").append(params)
                .append(throwsClause).append(' ');
        s.append(plainBody);
        String receiver = program.instance() ? "new " + n + typeArgument + "() {}." : "";
        s.append("\n    public static Object runPlain() throws Exception {\n");
        s.append("        fs = 0;\n");
        s.append("        return ").append(receiver).append("plain(3, \"q\");\n");
        s.append("    }\n");
        if (withCoroutine) {
            String generated = n + "_Coroutines";
            String coroutineReceiver = program.instance() ? "new " + generated + typeArgument + "()."
                    : generated + ".";
            s.append("\n    public static InProgress<?> runCoroutine() throws Exception {\n");
            s.append("        fs = 0;\n");
            s.append("        return ").append(coroutineReceiver).append("co(3, \"q\");\n");
            s.append("    }\n");
        }
        s.append(nested);
        s.append("}\n");
        if (program.members().contains("Box")) {
            // A class of the same compilation unit, as the type of a local that lives across a yield_.
            s.append("\nfinal class ").append(n).append("Box {\n");
            s.append("    final int v;\n\n");
            s.append("    ").append(n).append("Box(int v) {\n        this.v = v;\n    }\n\n");
            s.append("    @Override\n    public String toString() {\n        return \"box\" + v;\n    }\n}\n");
        }
        return s.toString();
    }

    /** An expression where any may stand (a method argument), for tests. */
    static String expression(Node e, Mode mode) {
        return new Renderer(mode, "P").expr(e, 0, ANY);
    }

    /** A method body (a BLOCK) as one version, indented for a class member; ends with a newline. */
    static String body(Node block, Mode mode, String owner) {
        Renderer r = new Renderer(mode, owner);
        r.out.append("{\n");
        for (Node statement : block.kids) {
            r.statement(statement, 2);
        }
        r.out.append("    }\n");
        return r.out.toString();
    }

    // ------------------------------------------------------------------------------------------ statements

    private void line(int indent, String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }

    private void blockBody(Node block, int indent) {
        for (Node statement : block.kids) {
            statement(statement, indent);
        }
    }

    /**
     * A statement of a braced block or a switch group: first the declarations it needs before it (loop counters of it
     * and of the loops written as bare bodies inside it, which have no block of their own to hold them).
     */
    private void statement(Node s, int indent) {
        preludes(s, indent);
        render(s, indent);
    }

    /** The counter declarations of {@code s} and of the loops in its bare bodies. */
    private void preludes(Node s, int indent) {
        switch (s.kind) {
            case WHILE, DO -> {
                line(indent, "int k" + s.number + " = 0;");
                bodyPreludes(s.kid(1), indent);
            }
            case FOR, FOREACH -> bodyPreludes(s.kid(1), indent);
            case LABELED -> preludes(s.kid(0), indent);
            case IF -> {
                if (thenBare(s)) {
                    preludes(s.kid(1).kid(0), indent);
                }
                if (s.kids.size() > 2) {
                    bodyPreludes(s.kid(2), indent);
                }
            }
            default -> { }
        }
    }

    private void bodyPreludes(Node body, int indent) {
        if (bare(body)) {
            preludes(body.kid(0), indent);
        }
    }

    /** Whether a body block is written without braces: flagged, one statement, and one that may stand there. */
    static boolean bare(Node body) {
        if (body.kind != Kind.BLOCK || !body.has(Node.BARE) || body.kids.size() != 1) {
            return false;
        }
        Node s = body.kid(0);
        return switch (s.kind) {
            // A declaration is no statement; a try with markers or an existing resource has lines before it.
            case DECL, YIELD_VALUE, LOCAL_TYPE -> false;
            case TRY -> s.kid(0).kids.isEmpty();
            default -> true;
        };
    }

    /** Whether an if statement's then-branch is written bare (not when an else would bind to an if inside it). */
    static boolean thenBare(Node s) {
        return bare(s.kid(1)) && !(s.kids.size() > 2 && endsWithOpenIf(s.kid(1).kid(0)));
    }

    /** Whether {@code s}, written bare, ends with an {@code if} without {@code else} (an else after it binds there). */
    private static boolean endsWithOpenIf(Node s) {
        return switch (s.kind) {
            case IF -> s.kids.size() < 3 ? true : bare(s.kid(2)) && endsWithOpenIf(s.kid(2).kid(0));
            case WHILE, FOR, FOREACH -> bare(s.kid(1)) && endsWithOpenIf(s.kid(1).kid(0));
            case LABELED -> s.kid(0).kind != Kind.BLOCK && endsWithOpenIf(s.kid(0));
            default -> false;
        };
    }

    /** A body: braced after {@code head}, or bare on the next line. */
    private void body(String head, Node body, int indent, String closing) {
        if (bare(body)) {
            line(indent, head);
            render(body.kid(0), indent + 1);
            if (closing != null && !closing.isEmpty()) {
                line(indent, closing.strip());
            }
        } else {
            line(indent, head + " {");
            blockBody(body, indent + 1);
            line(indent, closing == null ? "}" : "} " + closing.strip());
        }
    }

    /** An if statement; {@code prefix} is written before {@code if} ({@code "} else "}, {@code "else "}, a label). */
    private void ifStatement(Node s, int indent, String prefix) {
        Node then = s.kid(1);
        boolean hasElse = s.kids.size() > 2;
        boolean thenBare = thenBare(s);
        String head = prefix + "if (" + expr(s.kid(0), indent, ANY) + ")";
        if (thenBare) {
            line(indent, head);
            render(then.kid(0), indent + 1);
        } else {
            line(indent, head + " {");
            blockBody(then, indent + 1);
        }
        String close = thenBare ? "" : "} ";
        if (!hasElse) {
            if (!thenBare) {
                line(indent, "}");
            }
            return;
        }
        Node otherwise = s.kid(2);
        if (bare(otherwise) && otherwise.kid(0).kind == Kind.IF) {
            ifStatement(otherwise.kid(0), indent, close + "else ");
        } else if (bare(otherwise)) {
            line(indent, close + "else");
            render(otherwise.kid(0), indent + 1);
        } else {
            line(indent, close + "else {");
            blockBody(otherwise, indent + 1);
            line(indent, "}");
        }
    }

    /** The statement itself, without its preludes. */
    private void render(Node s, int indent) {
        switch (s.kind) {
            case BLOCK -> {
                line(indent, "{");
                blockBody(s, indent + 1);
                line(indent, "}");
            }
            case DECL -> {
                String type = s.aux != null ? s.aux.replace("@OWNER@", owner) : s.type.source;
                String prefix = s.has(Node.FINAL) ? "final " : "";
                line(indent, s.kids.isEmpty()
                        ? prefix + type + " " + s.name + ";"
                        : prefix + type + " " + s.name + " = " + expr(s.kid(0), indent, ANY) + ";");
            }
            case EXPR -> line(indent, topExpr(s.kid(0), indent) + ";");
            case TRACE -> line(indent, s.kids.isEmpty()
                    ? "Fx.t(\"" + s.name + "\");"
                    : "Fx.t(\"" + s.name + "\", " + expr(s.kid(0), indent, ANY) + ");");
            case SLICE -> line(indent, mode == Mode.COROUTINE ? "yield_();" : "Fx.slice();");
            case IF -> ifStatement(s, indent, "");
            case WHILE, DO, FOR, FOREACH -> loop(s, indent, "");
            case LABELED -> {
                Node inner = s.kid(0);
                if (inner.kind == Kind.BLOCK) {
                    line(indent, s.name + ": {");
                    blockBody(inner, indent + 1);
                    line(indent, "}");
                } else if (inner.kind == Kind.SWITCH) {
                    switchStatement(inner, indent, s.name + ": ");
                } else if (inner.kind == Kind.IF) {
                    ifStatement(inner, indent, s.name + ": ");
                } else {
                    loop(inner, indent, s.name + ": ");
                }
            }
            case BREAK -> line(indent, s.name == null ? "break;" : "break " + s.name + ";");
            case CONTINUE -> line(indent, s.name == null ? "continue;" : "continue " + s.name + ";");
            case RETURN -> {
                String value = expr(s.kid(0), indent, ANY);
                if (s.has(Node.RETURN_IP)) {
                    line(indent, mode == Mode.COROUTINE ? "return " + value + ";" : "return Fx.follow(" + value + ");");
                } else {
                    line(indent, mode == Mode.COROUTINE ? "return done(" + value + ");" : "return " + value + ";");
                }
            }
            case THROW -> line(indent, "throw " + expr(s.kid(0), indent) + ";");
            case SWITCH -> switchStatement(s, indent, "");
            case TRY -> tryStatement(s, indent);
            case YIELD_VALUE -> line(indent, "yield " + bare(s.kid(0), indent) + ";");
            case LOCAL_TYPE -> {
                for (String text : s.aux.split("\n")) {
                    if (text.isEmpty()) {
                        out.append('\n');
                    } else {
                        line(indent, text);
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a statement: " + s.kind);
        }
    }

    private void loop(Node s, int indent, String label) {
        String k = "k" + s.number;
        switch (s.kind) {
            case WHILE -> {
                String bound = k + "++ < " + s.bound;
                String cond = s.has(Node.CONDITION_FIRST) ? expr(s.kid(0), indent, AND)
                        : expr(s.kid(0), indent, AND + 1);
                body(label + "while (" + (s.has(Node.CONDITION_FIRST) ? cond + " && " + bound
                        : bound + " && " + cond) + ")", s.kid(1), indent, null);
            }
            case DO -> body(label + "do", s.kid(1), indent,
                    "while (" + k + "++ < " + s.bound + " && " + expr(s.kid(0), indent, AND + 1) + ");");
            case FOR -> {
                String update = s.kids.size() > 2 ? k + "++, " + topExpr(s.kid(2), indent) : k + "++";
                body(label + "for (int " + k + " = 0; " + k + " < " + s.bound + " && "
                        + expr(s.kid(0), indent, AND + 1) + "; " + update + ")", s.kid(1), indent, null);
            }
            case FOREACH -> {
                String type = s.aux != null ? s.aux : s.type.source;
                body(label + "for (" + type + " " + s.name + " : " + expr(s.kid(0), indent) + ")", s.kid(1), indent,
                        null);
            }
            default -> throw new IllegalArgumentException("not a loop: " + s.kind);
        }
    }

    private void switchStatement(Node s, int indent, String label) {
        line(indent, label + "switch (" + expr(s.kid(0), indent, ANY) + ") {");
        boolean arrow = s.has(Node.ARROW);
        for (Node c : s.kids.subList(1, s.kids.size())) {
            String head = caseHead(c);
            List<Node> arms = c.kids;
            if (c.aux != null) {
                // A guarded pattern label: the guard is the first child.
                head += " when " + bare(c.kid(0), indent + 1);
                arms = c.kids.subList(1, c.kids.size());
            }
            if (arrow) {
                Node arm = arms.isEmpty() ? new Node(Kind.BLOCK) : arms.get(0);
                if (arm.kind == Kind.BLOCK) {
                    line(indent + 1, head + " -> {");
                    blockBody(arm, indent + 2);
                    line(indent + 1, "}");
                } else if (arm.kind == Kind.EXPR) {
                    line(indent + 1, head + " -> " + topExpr(arm.kid(0), indent + 1) + ";");
                } else {
                    line(indent + 1, head + " -> throw " + expr(arm.kid(0), indent + 1) + ";");
                }
            } else {
                line(indent + 1, head + ":");
                for (Node statement : arms) {
                    statement(statement, indent + 2);
                }
            }
        }
        line(indent, "}");
    }

    private static String caseHead(Node c) {
        return c.name.equals("default") ? "default" : "case " + c.name;
    }

    private void tryStatement(Node s, int indent) {
        Node resources = s.kid(0);
        Node block = s.kid(1);
        Node fin = s.kids.get(s.kids.size() - 1).kind == Kind.FINALLY ? s.kids.get(s.kids.size() - 1) : null;
        boolean hasResources = !resources.kids.isEmpty();
        StringBuilder head = new StringBuilder("try ");
        if (hasResources) {
            head.append('(');
            for (int i = 0; i < resources.kids.size(); i++) {
                Node r = resources.kid(i);
                if (r.has(Node.EXISTING)) {
                    line(indent, "final Fx.Res " + r.name + " = " + expr(r.kid(0), indent) + ";");
                    head.append(r.name);
                } else {
                    head.append("Fx.Res ").append(r.name).append(" = ").append(expr(r.kid(0), indent));
                }
                head.append(i + 1 < resources.kids.size() ? "; " : "");
            }
            head.append(") ");
        }
        if (fin != null && hasResources) {
            // The finally also covers the resource specification: the try is entered here.
            line(indent, "Fx.t(\"T" + s.number + "\");");
        }
        line(indent, head + "{");
        if (fin != null && !hasResources) {
            line(indent + 1, "Fx.t(\"T" + s.number + "\");");
        }
        for (Node r : resources.kids) {
            line(indent + 1, "Fx.t(\"use\", " + r.name + ");");
        }
        blockBody(block, indent + 1);
        for (Node c : s.kids) {
            if (c.kind == Kind.CATCH) {
                line(indent, "} catch (" + c.aux + " " + c.name + ") {");
                line(indent + 1, "Fx.caught(\"c" + c.number + "\", " + c.name + ");");
                blockBody(c.kid(0), indent + 1);
            }
        }
        if (fin != null) {
            line(indent, "} finally {");
            line(indent + 1, "Fx.t(\"F" + s.number + "\");");
            blockBody(fin.kid(0), indent + 1);
        }
        line(indent, "}");
    }

    // ------------------------------------------------------------------------------------------ expressions

    /** An expression statement: no parentheses around an assignment or increment. */
    private String topExpr(Node e, int indent) {
        return switch (e.kind) {
            case ASSIGN -> expr(e.kid(0), indent) + " " + e.name + " " + expr(e.kid(1), indent, ANY);
            case INC -> e.has(Node.PREFIX) ? e.name + expr(e.kid(0), indent) : expr(e.kid(0), indent) + e.name;
            default -> expr(e, indent);
        };
    }

    /**
     * An expression without the parentheses around it that {@link #expr} writes for safety: javac parses
     * {@code yield (switch ...)} as a call of a method {@code yield}.
     */
    private String bare(Node e, int indent) {
        String text = expr(e, indent);
        if (e.kind == Kind.BIN || e.kind == Kind.COND || e.kind == Kind.SWITCH_EXPR || e.kind == Kind.ASSIGN
                || e.kind == Kind.INC) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private String args(List<Node> args, int indent) {
        return args.stream().map(a -> expr(a, indent, ANY)).collect(Collectors.joining(", "));
    }

    /** Precedences of Java's operators that {@link #expr(Node, int, int)} knows; higher binds tighter. */
    private static final int ANY = 0;
    private static final int ASSIGNMENT = 1;
    private static final int CONDITIONAL = 2;
    private static final int AND = 4;
    /** What is written as a unit: a name, a literal, a call, or anything in parentheses. */
    private static final int ATOM = 16;

    private static int precedence(String operator) {
        return switch (operator) {
            case "*", "/", "%" -> 12;
            case "+", "-" -> 11;
            case "<<", ">>", ">>>" -> 10;
            case "<", ">", "<=", ">=" -> 9;
            case "==", "!=" -> 8;
            case "&" -> 7;
            case "^" -> 6;
            case "|" -> 5;
            case "&&" -> AND;
            case "||" -> 3;
            default -> throw new IllegalArgumentException("not a binary operator: " + operator);
        };
    }

    /**
     * {@code e} where an operand of precedence {@code context} or higher may stand: a {@link Node#TIGHT} operator
     * without the parentheses Java does not need there ({@code a *= v + 1}, {@code if (a < b && c)}), any other
     * expression as {@link #expr(Node, int)} writes it.
     */
    String expr(Node e, int indent, int context) {
        if (!e.has(Node.TIGHT)) {
            return expr(e, indent);
        }
        int precedence;
        String text;
        switch (e.kind) {
            case BIN -> {
                precedence = precedence(e.name);
                // Left-associative: a - b - c is (a - b) - c, so the right operand needs a tighter one.
                text = expr(e.kid(0), indent, precedence) + " " + e.name + " " + expr(e.kid(1), indent, precedence + 1);
            }
            case COND -> {
                precedence = CONDITIONAL;
                text = expr(e.kid(0), indent, CONDITIONAL + 1) + " ? " + expr(e.kid(1), indent, CONDITIONAL) + " : "
                        + expr(e.kid(2), indent, CONDITIONAL);
            }
            case ASSIGN -> {
                precedence = ASSIGNMENT;
                text = topExpr(e, indent);
            }
            default -> {
                return expr(e, indent);
            }
        }
        return precedence >= context ? text : "(" + text + ")";
    }

    /** {@code e} as a unit: an operator in parentheses. */
    String expr(Node e, int indent) {
        if (e.has(Node.TIGHT) && (e.kind == Kind.BIN || e.kind == Kind.COND || e.kind == Kind.ASSIGN)) {
            return expr(e, indent, ATOM);
        }
        return switch (e.kind) {
            case LIT, VAR -> e.name;
            case BIN -> "(" + expr(e.kid(0), indent) + " " + e.name + " " + expr(e.kid(1), indent) + ")";
            case UNARY -> e.name + "(" + expr(e.kid(0), indent, ANY) + ")";
            case COND -> "(" + expr(e.kid(0), indent) + " ? " + expr(e.kid(1), indent) + " : "
                    + expr(e.kid(2), indent) + ")";
            case CALL -> e.name + "(" + args(e.kids, indent) + ")";
            case METHOD -> {
                Node receiver = e.kid(0);
                // A call's result needs no parentheses as a receiver (yield_(x).name()); tight, none are written.
                boolean unit = receiver.kind == Kind.VAR || e.has(Node.TIGHT) && (receiver.kind == Kind.CALL
                        || receiver.kind == Kind.METHOD || receiver.kind == Kind.YIELD);
                String r = unit ? expr(receiver, indent) : "(" + expr(receiver, indent, ANY) + ")";
                yield r + "." + e.name + "(" + args(e.kids.subList(1, e.kids.size()), indent) + ")";
            }
            case YIELD -> {
                String checked = e.has(Node.CHECKED) ? ", Fx.Checked.class" : "";
                yield (mode == Mode.COROUTINE ? "yield_(" : "Fx.direct(") + expr(e.kid(0), indent, ANY) + checked + ")";
            }
            case ASSIGN, INC -> "(" + topExpr(e, indent) + ")";
            case INDEX -> expr(e.kid(0), indent) + "[" + expr(e.kid(1), indent, precedence("&")) + " & 3]";
            case SWITCH_EXPR -> switchExpression(e, indent);
            case LAMBDA -> "() -> " + expr(e.kid(0), indent, ANY);
            case NEW -> "new " + e.name + "(" + args(e.kids, indent) + ")";
            case ARRAY -> (e.has(Node.INIT) ? "" : "new " + e.name + "[] ") + "{" + args(e.kids, indent) + "}";
            case TEMPLATE -> template(e, indent);
            case LIST -> "List.of(" + args(e.kids, indent) + ")";
            // (Object) -x and (Object) -2 would parse as subtractions from a variable Object.
            case CAST -> "((" + e.name + ") " + (Character.isUpperCase(e.name.charAt(0))
                    ? "(" + expr(e.kid(0), indent) + ")" : expr(e.kid(0), indent)) + ")";
            default -> throw new IllegalArgumentException("not an expression: " + e.kind);
        };
    }

    private String template(Node e, int indent) {
        String text = e.name.replace("@OWNER@", owner);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '#' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                result.append(expr(e.kid(text.charAt(++i) - '0'), indent));
            } else {
                result.append(ch);
            }
        }
        return result.toString();
    }

    private String switchExpression(Node e, int indent) {
        Renderer inner = new Renderer(mode, owner);
        inner.out.append("(switch (").append(expr(e.kid(0), indent)).append(") {\n");
        boolean arrow = e.has(Node.ARROW);
        for (Node c : e.kids.subList(1, e.kids.size())) {
            String head = caseHead(c);
            if (arrow) {
                Node arm = c.kids.isEmpty() ? new Node(Kind.BLOCK) : c.kid(0);
                if (arm.kind == Kind.BLOCK) {
                    inner.line(indent + 2, head + " -> {");
                    inner.blockBody(arm, indent + 3);
                    inner.line(indent + 2, "}");
                } else if (arm.kind == Kind.THROW) {
                    inner.line(indent + 2, head + " -> throw " + inner.expr(arm.kid(0), indent + 2) + ";");
                } else {
                    inner.line(indent + 2, head + " -> " + inner.expr(arm, indent + 2, ANY) + ";");
                }
            } else {
                inner.line(indent + 2, head + ":");
                for (Node statement : c.kids) {
                    inner.statement(statement, indent + 3);
                }
            }
        }
        inner.out.append("    ".repeat(indent + 1)).append("})");
        return inner.out.toString();
    }
}
