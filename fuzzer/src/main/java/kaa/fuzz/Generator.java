package kaa.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kaa.fuzz.GeneratorOptions.Feature;
import kaa.fuzz.Node.Kind;

/**
 * Generates random, well-typed coroutine bodies (seeded, so a seed and an index reproduce a program): nested
 * {@code if}, {@code switch} (classic and arrow, statement and expression), {@code while}, {@code do}, {@code for},
 * for-each, labeled {@code break}/{@code continue}, {@code try}/{@code catch}/{@code finally} and try-with-resources,
 * {@code return} from any depth, thrown and caught exceptions, locals of several types (sibling scopes reuse names),
 * lambdas capturing locals, and {@code yield_} wherever a statement or a value can stand.
 *
 * <p>Every loop is bounded by a counter, no statement follows one that cannot complete normally, no catch names a
 * checked exception its body cannot throw, no finally is left by a jump: javac rejecting a program is a generator bug.
 */
final class Generator {
    private static final String[] NAMES = {
        "a", "b", "c", "d", "x", "y", "z", "s", "t", "u", "v", "w", "n", "m", "i", "j",
        "value", "label", "self", "state", "done", "result",
    };
    private static final int MAX_DEPTH = 4;

    final GeneratorOptions options;
    final Random rnd;
    final Expressions expressions = new Expressions(this);
    final Extras extras = new Extras(this);
    private final Set<String> everDeclared = new LinkedHashSet<>();
    /** Names that must not be declared again in the program's method ({@link #reserve}). */
    private final Set<String> reserved = new java.util.HashSet<>();
    int budget;
    boolean instance;
    boolean abortable;
    private int ids;
    private Ty returnType;
    /** The coverage cell the next program should hit, if any: it steers the program's size and shape. */
    Coverage.Cell focus;
        /** The {@code --release} of the programs: 21 allows the Java 21 constructs. */
    int release = 17;
    boolean generic;
    final List<String> members = new ArrayList<>();

    Generator(GeneratorOptions options, long seed) {
        this.options = options;
        this.rnd = new Random(seed);
    }

    /** A program; the generator's random state moves on, so the next call gives the next program of the seed. */
    Program generate(String name, String origin) {
        everDeclared.clear();
        reserved.clear();
        ids = 0;
        instance = options.on(Feature.INSTANCE) && rnd.nextBoolean();
        abortable = rnd.nextInt(100) < options.abortablePercent();
        boolean declaresChecked = options.on(Feature.CHECKED) && rnd.nextInt(3) == 0;
        returnType = rnd.nextBoolean() ? Ty.INT : Ty.STRING;
        generic = options.on(Feature.GENERIC_METHOD) && rnd.nextInt(6) == 0;
        members.clear();
        if (options.on(Feature.JDK_NAMED_MEMBER) && rnd.nextInt(5) == 0) {
            List<String> names = new ArrayList<>(Extras.JDK_NAMES);
            Collections.shuffle(names, rnd);
            members.addAll(names.subList(0, 1 + rnd.nextInt(2)));
        }
        if (options.on(Feature.SAME_FILE_CLASS) && rnd.nextInt(6) == 0) {
            members.add("Box");
        }
        budget = options.maxStatements() / 3 + rnd.nextInt(options.maxStatements() - options.maxStatements() / 3 + 1);
        Ctx top = Ctx.top(declaresChecked);
        top.declare("p", Ty.INT, rnd.nextBoolean());
        top.declare("q", Ty.STRING, rnd.nextBoolean());
        Node body = new Node(Kind.BLOCK);
        if (focus != null && focus.position() == Coverage.Position.NONE && rnd.nextBoolean()) {
            // A program without yield_ (return ip still allowed): its constructs are copied, only the jumps lowered.
            top = top.with(Ctx.SUSPEND_FREE);
        }
        if (focus != null && focus.jump() != Coverage.Jump.NONE && focus.jump() != Coverage.Jump.RETURN
                && focus.jump() != Coverage.Jump.RETURN_IP && rnd.nextInt(4) > 0) {
            // The body in a labeled loop: every statement in it has a continue, a labeled jump and a break to make.
            String label = "L" + nextId();
            Node loop = new Node(rnd.nextBoolean() ? Kind.FOR : Kind.WHILE);
            loop.number = nextId();
            loop.bound = 2;
            loop.kids.add(expressions.expr(Ty.BOOL, top.with(Ctx.NO_SWITCH_EXPRESSION), 1));
            Ctx inner = top.block().withTarget(true, false, label);
            Node loopBody = new Node(Kind.BLOCK);
            while (budget > 0 && Reachability.canComplete(loopBody)) {
                fill(loopBody, inner, 1 + rnd.nextInt(Math.max(1, budget)), false);
            }
            loop.kids.add(loopBody);
            body.kids.add(Node.of(Kind.LABELED, label, loop));
        }
        while (budget > 0 && Reachability.canComplete(body)) {
            fill(body, top, 1 + rnd.nextInt(Math.max(1, budget)), false);
        }
        if (!options.on(Feature.DEAD_STORE)) {
            readBack(body, top.scope.vars.subList(2, top.scope.vars.size()));
        }
        if (Reachability.canComplete(body)) {
            body.kids.add(returnStatement(top));
        }
        if (options.on(Feature.TIGHT_OPERATORS)) {
            tighten(body);
        }
        return new Program(name, origin, instance, declaresChecked, returnType, abortable, -1, body, generic,
                List.copyOf(members), release);
    }

    /** Flags about half the operators (and method calls) to be written without the parentheses they do not need. */
    private void tighten(Node n) {
        if ((n.kind == Kind.BIN || n.kind == Kind.COND || n.kind == Kind.ASSIGN || n.kind == Kind.METHOD)
                && rnd.nextBoolean()) {
            n.flag(Node.TIGHT);
        }
        for (Node kid : n.kids) {
            tighten(kid);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    int nextId() {
        return ++ids;
    }

    /** An index drawn with the given weights (a zero weight is never drawn; all zero draws the last index). */
    int pick(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        if (total == 0) {
            return weights.length - 1;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }

    /** A type a value can have (traced, awaited, compared). */
    Ty valueType() {
        return new Ty[] {Ty.INT, Ty.INT, Ty.STRING, Ty.STRING, Ty.BOOL, Ty.LONG, Ty.ENUM}[rnd.nextInt(7)];
    }

    /**
     * Keeps {@code name} from being declared again anywhere in the method: the binding of a negated {@code instanceof}
     * whose {@code if} leaves is in scope after the {@code if}, and where that {@code if} is the unbraced body of a
     * loop, javac puts it in scope for the rest of the enclosing block too ("variable a is already defined").
     */
    void reserve(String name) {
        reserved.add(name);
    }

    /** A name not visible here; often one a sibling scope declared already, possibly with another type. */
    String freshName(Ctx c) {
        List<String> reusable = new ArrayList<>();
        for (String name : everDeclared) {
            if (!c.visible(name) && !reserved.contains(name)) {
                reusable.add(name);
            }
        }
        if (!reusable.isEmpty() && rnd.nextBoolean()) {
            return reusable.get(rnd.nextInt(reusable.size()));
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = NAMES[rnd.nextInt(NAMES.length)];
            if (!c.visible(name) && !reserved.contains(name)) {
                everDeclared.add(name);
                return name;
            }
        }
        String name = "n" + nextId();
        everDeclared.add(name);
        return name;
    }

    /** Ends a classic switch group: its variables stay declared (their names are taken) but are not readable. */
    void endGroup(Ctx c) {
        for (Ctx.Var v : c.scope.vars) {
            v.readable = false;
        }
    }

    /** Case labels for a selector type; with {@code exhaustive} the set covers every value. */
    List<String> caseLabels(Ty selector, boolean exhaustive) {
        List<String> pool = switch (selector) {
            case INT -> new ArrayList<>(List.of("0", "1", "2", "3", "4", "-1"));
            case STRING -> new ArrayList<>(List.of("\"a\"", "\"b\"", "\"c\"", "\"q\"", "\"ab\""));
            default -> new ArrayList<>(List.of("A", "B", "C"));
        };
        Collections.shuffle(pool, rnd);
        int count = 1 + rnd.nextInt(Math.min(3, pool.size()));
        List<String> labels = new ArrayList<>();
        int used = 0;
        while (used < count) {
            int together = rnd.nextInt(4) == 0 && used + 1 < pool.size() ? 2 : 1;
            labels.add(String.join(", ", pool.subList(used, used + together)));
            used += together;
        }
        boolean allEnumConstants = selector == Ty.ENUM && used == pool.size();
        if (exhaustive ? !allEnumConstants || rnd.nextBoolean() : rnd.nextInt(10) < 7) {
            labels.add(rnd.nextInt(labels.size() + 1), "default");
        }
        return labels;
    }

    // ------------------------------------------------------------------------------------------ statements

    /** Appends up to {@code n} statements to {@code block}; stops after one that cannot complete normally. */
    void fill(Node block, Ctx c, int n, boolean mustComplete) {
        int declaredBefore = c.scope.vars.size();
        for (int i = 0; i < n && budget > 0; i++) {
            int before = block.kids.size();
            int varsBefore = c.scope.vars.size();
            statement(block, c, i == n - 1 && !mustComplete);
            Node last = block.kids.size() > before ? block.kids.get(block.kids.size() - 1) : null;
            if (last != null && !Reachability.canComplete(last)) {
                if (mustComplete) {
                    // All the statement wrote: 'int x;' without the if that assigns x would leave x readable but
                    // unassigned (seed 20261223, batch 251, program 91).
                    block.kids.subList(before, block.kids.size()).clear();
                    c.scope.vars.subList(varsBefore, c.scope.vars.size()).clear();
                }
                break;
            }
        }
        if (!options.on(Feature.DEAD_STORE) && c.depth > 0) {
            readBack(block, c.scope.vars.subList(declaredBefore, c.scope.vars.size()));
        }
    }

    /** Traces {@code vars} at the end of {@code block} (before a last statement that leaves it). */
    private void readBack(Node block, List<Ctx.Var> vars) {
        int at = block.kids.isEmpty() || Reachability.canComplete(block) ? block.kids.size() : block.kids.size() - 1;
        for (Ctx.Var v : vars) {
            if (v.readable && v.type.isValue()) {
                block.kids.add(at++, Node.of(Kind.TRACE, "rb" + nextId(), Node.of(Kind.VAR, v.name).typed(v.type)));
            }
        }
    }

    Node newBlock(Ctx c, int n, boolean mustComplete) {
        Node block = new Node(Kind.BLOCK);
        fill(block, c, n, mustComplete);
        return block;
    }

    private int bodySize() {
        return 1 + rnd.nextInt(Math.max(1, Math.min(4, budget)));
    }

    /**
     * The body of an {@code if}, {@code else}, loop or labeled statement: often one statement, and then often
     * written without braces ({@link Node#BARE}).
     */
    Node body(Ctx c) {
        boolean bare = options.on(Feature.BARE_BODY);
        boolean canJump = c.targets != null || c.returnOk();
        if (bare && canJump && budget > 0 && rnd.nextInt(4) == 0) {
            // if (yield_(x) > 0) break; and the like: the body is the jump.
            budget--;
            Node block = new Node(Kind.BLOCK);
            block.kids.add(c.targets != null && (!c.returnOk() || rnd.nextInt(3) > 0) ? jump(c) : returnStatement(c));
            block = rnd.nextInt(4) > 0 ? bare(block) : block;
            if (rnd.nextBoolean()) {
                // for (...) if (yield_(x) > 0) break; - the jump in a bare if in a bare body
                Node wrapped = new Node(Kind.BLOCK).flag(Node.BARE);
                wrapped.kids.add(Node.of(Kind.IF, null, expressions.expr(Ty.BOOL, c, 2), block));
                return wrapped;
            }
            return block;
        }
        Node block = newBlock(c, bare && rnd.nextInt(3) == 0 ? 1 : bodySize(), false);
        if (bare && block.kids.size() == 1 && rnd.nextInt(4) > 0) {
            bare(block);
        }
        return block;
    }

    /** Flags a one-statement body to be written without braces (a jump only if {@code BARE_JUMP} is on). */
    Node bare(Node block) {
        Kind kind = block.kid(0).kind;
        if (options.on(Feature.BARE_JUMP) || kind != Kind.RETURN && kind != Kind.BREAK && kind != Kind.CONTINUE) {
            block.flag(Node.BARE);
        }
        return block;
    }

    private void statement(Node block, Ctx c, boolean last) {
        budget--;
        boolean nest = c.depth < MAX_DEPTH && budget > 1;
        boolean suspend = c.suspendOk();
        int n = nest ? 1 : 0;
        boolean labeledFocus = focus != null && focus.construct().name().startsWith("LABELED");
        // A labeled block or switch left by a jump is the rarest kind of cell: likelier jumps when it is the focus.
        boolean jumps = last && rnd.nextInt(100) < (labeledFocus && focus.jump() != Coverage.Jump.NONE ? 75 : 45);
        boolean breakable = jumps && (c.targets != null);
        int kind = pick(10, 10, 7, suspend ? 8 : 0, suspend ? 2 : 0, 8 * n, 2 * n, 2 * n, 2 * n, 2 * n,
                (labeledFocus ? 12 : 4) * n,
                3 * n, c.is(Ctx.LONG_ON_STACK) ? 0 : 6 * n, n, options.on(Feature.LAMBDA) ? 2 : 0,
                options.on(Feature.LAMBDA) ? 1 : 0,
                c.checkedOk() && c.throwOk() && options.on(Feature.CHECKED) ? 1 : 0, n,
                breakable ? 5 : 0, jumps && c.returnOk() ? 3 : 0, jumps && c.throwOk() ? 2 : 0,
                extras.weight(c, nest));
        switch (kind) {
            case 0 -> block.kids.add(Node.of(Kind.TRACE, "s" + nextId(), expressions.expr(valueType(), c, 3)));
            case 1 -> block.kids.add(declaration(c));
            case 2 -> block.kids.add(assignment(c));
            case 3 -> block.kids.add(awaitStatement(c));
            case 4 -> block.kids.add(new Node(Kind.SLICE));
            case 5 -> block.kids.add(ifStatement(c));
            case 6, 7, 8, 9 -> block.kids.add(loop(c, kind - 6, null));
            case 10 -> block.kids.add(labeled(c));
            case 11 -> block.kids.add(switchStatement(c, null));
            case 12 -> block.kids.add(tryStatement(c));
            case 13 -> block.kids.add(newBlock(c.block(), bodySize(), false));
            case 14 -> block.kids.add(Node.of(Kind.EXPR, null, Node.of(Kind.CALL, "Fx.keep",
                    expressions.lambda(rnd.nextBoolean() ? Ty.INT : Ty.STRING, c, 2))));
            case 15 -> block.kids.add(Node.of(Kind.EXPR, null,
                    Node.of(Kind.CALL, "Fx.runKept", Node.of(Kind.LIT, "\"kept" + nextId() + "\""))));
            case 16 -> block.kids.add(check(c));
            case 17 -> splitDeclaration(block, c);
            case 18 -> block.kids.add(jump(c));
            case 19 -> block.kids.add(returnStatement(c));
            case 20 -> block.kids.add(throwStatement(c));
            default -> extras.statement(block, c, nest);
        }
    }

    private Node check(Ctx c) {
        return Node.of(Kind.EXPR, null, Node.of(Kind.CALL, "Fx.check", Node.of(Kind.LIT, "\"k" + nextId() + "\""),
                expressions.expr(Ty.BOOL, c, 2)));
    }

    Node declaration(Ctx c) {
        Ty type = new Ty[] {Ty.INT, Ty.INT, Ty.INT, Ty.STRING, Ty.STRING, Ty.BOOL, Ty.LONG, Ty.ENUM, Ty.INT_ARRAY,
            options.on(Feature.LAMBDA) ? Ty.SUPPLIER_INT : Ty.INT,
            options.on(Feature.LAMBDA) ? Ty.SUPPLIER_STRING : Ty.STRING}[rnd.nextInt(11)];
        String name = freshName(c);
        // The variable's scope includes its own initialiser: nothing in there may declare the name again.
        Ctx.Var declared = c.declare(name, type, true, false);
        boolean frozen = type == Ty.SUPPLIER_INT || type == Ty.SUPPLIER_STRING || type == Ty.INT_ARRAY
                || rnd.nextInt(100) < 35;
        Node init = switch (type) {
            case INT_ARRAY -> {
                Node array = Node.of(Kind.ARRAY, "int");
                for (int i = 0; i < 4; i++) {
                    array.kids.add(expressions.expr(Ty.INT, c, 1));
                }
                yield array;
            }
            case SUPPLIER_INT -> expressions.lambda(Ty.INT, c, 2);
            case SUPPLIER_STRING -> expressions.lambda(Ty.STRING, c, 2);
            default -> expressions.expr(type, c, 3);
        };
        Node decl = Node.of(Kind.DECL, name, init).typed(type);
        if (frozen && rnd.nextBoolean()) {
            decl.flag(Node.FINAL);
        }
        if (type == Ty.INT_ARRAY && options.on(Feature.NESTED_ARRAY) && rnd.nextBoolean()) {
            init.flag(Node.INIT); // int[] a = {1, yield_(x), 3, 4};
        }
        // var infers from the initialiser alone: no boxes (== would compare references), no lambdas without a target.
        boolean varOk = type != Ty.SUPPLIER_INT && type != Ty.SUPPLIER_STRING
                && (type != Ty.INT && type != Ty.LONG || Expressions.isPrimitive(init))
                && !contains(init, Kind.LAMBDA) && !contains(init, Kind.SWITCH_EXPR);
        if (varOk && !init.has(Node.INIT) && rnd.nextInt(6) == 0) {
            decl.aux = "var";
        }
        c.scope.vars.remove(declared);
        c.declare(name, type, frozen);
        return decl;
    }

    private static boolean contains(Node n, Kind kind) {
        if (n.kind == kind) {
            return true;
        }
        for (Node kid : n.kids) {
            if (contains(kid, kind)) {
                return true;
            }
        }
        return false;
    }

    /** {@code T x; if (c) { x = ...; ... } else { x = ...; ... }}: definite assignment through both branches. */
    private void splitDeclaration(Node block, Ctx c) {
        Ty type = rnd.nextBoolean() ? Ty.INT : Ty.STRING;
        String name = freshName(c);
        block.kids.add(Node.of(Kind.DECL, name).typed(type));
        Ctx.Var declared = c.declare(name, type, true, false);
        Node cond = expressions.expr(Ty.BOOL, c, 2);
        Node[] branches = new Node[2];
        for (int i = 0; i < 2; i++) {
            branches[i] = new Node(Kind.BLOCK);
            branches[i].kids.add(Node.of(Kind.EXPR, null, Node.of(Kind.ASSIGN, "=",
                    Node.of(Kind.VAR, name).typed(type), expressions.expr(type, c, 2)).typed(type)));
            if (rnd.nextBoolean()) {
                fill(branches[i], c.block(), 1 + rnd.nextInt(2), false);
            }
        }
        Node split = Node.of(Kind.IF, null, cond, branches[0], branches[1]);
        block.kids.add(split);
        // Readable after the if, if anything runs there: a trace read back before an if that always leaves
        // (readBack) would read it unassigned.
        declared.readable = Reachability.canComplete(split);
    }

    private Node assignment(Ctx c) {
        int r = rnd.nextInt(10);
        if (r == 0) {
            String field = instance && rnd.nextBoolean() ? "fi" : "fs";
            return Node.of(Kind.EXPR, null, Node.of(Kind.ASSIGN, rnd.nextBoolean() ? "+=" : "=",
                    Node.of(Kind.VAR, field).typed(Ty.INT), expressions.expr(Ty.INT, c, 2)).typed(Ty.INT));
        }
        Ty type = new Ty[] {Ty.INT, Ty.INT, Ty.INT, Ty.STRING, Ty.STRING, Ty.LONG, Ty.BOOL, Ty.ENUM, Ty.INT_ARRAY}
                [rnd.nextInt(9)];
        if (type == Ty.INT_ARRAY) {
            List<Ctx.Var> arrays = c.vars(Ty.INT_ARRAY);
            if (!arrays.isEmpty()) {
                Ctx indexCtx = options.on(Feature.YIELD_IN_COMPOUND_TARGET) ? c : c.noSuspend();
                Node element = Node.of(Kind.INDEX, null,
                        Node.of(Kind.VAR, arrays.get(rnd.nextInt(arrays.size())).name).typed(Ty.INT_ARRAY),
                        expressions.expr(Ty.INT, indexCtx, 1)).typed(Ty.INT);
                return Node.of(Kind.EXPR, null, Node.of(Kind.ASSIGN, new String[] {"=", "+=", "-=", "*="}
                        [rnd.nextInt(4)], element, expressions.expr(Ty.INT, c, 2)).typed(Ty.INT));
            }
            type = Ty.INT;
        }
        List<Ctx.Var> targets = c.assignable(type);
        if (targets.isEmpty()) {
            return Node.of(Kind.TRACE, "s" + nextId(), expressions.expr(type, c, 2));
        }
        Ctx.Var v = targets.get(rnd.nextInt(targets.size()));
        Node target = Node.of(Kind.VAR, v.name).typed(type);
        if (type == Ty.INT && rnd.nextInt(4) == 0) {
            Node inc = Node.of(Kind.INC, rnd.nextBoolean() ? "++" : "--", target).typed(type);
            return Node.of(Kind.EXPR, null, rnd.nextBoolean() ? inc.flag(Node.PREFIX) : inc);
        }
        String op = switch (type) {
            case INT -> new String[] {"=", "+=", "-=", "*=", "/=", "%="}[pick(4, 4, 2, 2, c.quiet() ? 0 : 1,
                    c.quiet() ? 0 : 1)];
            case LONG -> new String[] {"=", "+=", "-="}[rnd.nextInt(3)];
            case STRING -> rnd.nextBoolean() ? "=" : "+=";
            case BOOL -> new String[] {"=", "&=", "|=", "^="}[rnd.nextInt(4)];
            default -> "=";
        };
        Ty valueType = type == Ty.STRING && op.equals("+=") ? valueType() : type;
        boolean longLoaded = type == Ty.LONG && !op.equals("=") || type == Ty.STRING && op.equals("+=");
        Node value = expressions.expr(valueType, longLoaded ? c.with(Ctx.LONG_ON_STACK) : c, 3);
        if (op.equals("/=") || op.equals("%=")) {
            value = expressions.divisor(value);
        }
        return Node.of(Kind.EXPR, null, Node.of(Kind.ASSIGN, op, target, value).typed(type));
    }

    Node awaitStatement(Ctx c) {
        Ty type = valueType();
        Node y = expressions.awaitValue(type, c, 3);
        return rnd.nextInt(5) < 2 ? Node.of(Kind.EXPR, null, y) : Node.of(Kind.TRACE, "y" + nextId(), y);
    }

    private Node ifStatement(Ctx c) {
        Node cond = expressions.expr(Ty.BOOL, c, 3);
        Node then = body(c.block());
        Node s = Node.of(Kind.IF, null, cond, then);
        if (rnd.nextBoolean()) {
            if (options.on(Feature.ELSE_IF) && rnd.nextInt(3) == 0 && c.depth < MAX_DEPTH + 2) {
                // else if (...) ...: the else body is one if statement, written without braces.
                Node chained = new Node(Kind.BLOCK).flag(Node.BARE);
                chained.kids.add(ifStatement(c.block()));
                s.kids.add(chained);
            } else {
                s.kids.add(body(c.block()));
            }
        }
        return s;
    }

    /** kind: 0 while, 1 do, 2 for, 3 for-each. */
    private Node loop(Ctx c, int kind, String label) {
        int id = nextId();
        Ctx body = c.block().withTarget(true, false, label);
        Node s;
        switch (kind) {
            case 0, 1 -> {
                s = new Node(kind == 0 ? Kind.WHILE : Kind.DO);
                s.kids.add(expressions.expr(Ty.BOOL, c.with(Ctx.NO_SWITCH_EXPRESSION), 2));
                if (kind == 0 && rnd.nextBoolean()) {
                    s.flag(Node.CONDITION_FIRST);
                }
                s.kids.add(body(body));
            }
            case 2 -> {
                s = new Node(Kind.FOR);
                s.kids.add(expressions.expr(Ty.BOOL, c.with(Ctx.NO_SWITCH_EXPRESSION), 2));
                s.kids.add(body(body));
                if (rnd.nextInt(3) == 0) {
                    Node update = assignment(c.with(Ctx.NO_SWITCH_EXPRESSION));
                    if (update.kind == Kind.EXPR) {
                        s.kids.add(update.kid(0));
                    }
                }
            }
            default -> {
                s = new Node(Kind.FOREACH);
                boolean strings = rnd.nextInt(3) == 0;
                Ty element = strings ? Ty.STRING : Ty.INT;
                List<Ctx.Var> arrays = c.vars(Ty.INT_ARRAY);
                List<Ctx.Var> lubLists = c.vars(Ty.LUB_LIST);
                Node iterable;
                if (!lubLists.isEmpty() && rnd.nextInt(3) == 0) {
                    // for (var e : l) over a List of an intersection type: e has that type.
                    element = Ty.LUB;
                    iterable = Node.of(Kind.VAR, lubLists.get(rnd.nextInt(lubLists.size())).name)
                            .typed(Ty.LUB_LIST);
                } else if (!strings && !arrays.isEmpty() && rnd.nextBoolean()) {
                    iterable = Node.of(Kind.VAR, arrays.get(rnd.nextInt(arrays.size())).name).typed(Ty.INT_ARRAY);
                } else {
                    iterable = rnd.nextBoolean() ? Node.of(Kind.LIST, null) : Node.of(Kind.ARRAY, element.source);
                    int count = 1 + rnd.nextInt(3);
                    for (int i = 0; i < count; i++) {
                        iterable.kids.add(expressions.expr(element, c, 2));
                    }
                }
                String name = freshName(body);
                s.name = name;
                s.type = element;
                if (element == Ty.LUB) {
                    s.aux = "var";
                } else if (iterable.kind != Kind.LIST && rnd.nextInt(4) == 0) {
                    s.aux = "var";
                } else if (rnd.nextInt(4) == 0) {
                    s.aux = "final " + element.source;
                }
                s.kids.add(iterable);
                body.declare(name, element, true);
                s.kids.add(body(body));
            }
        }
        s.number = id;
        s.bound = 1 + rnd.nextInt(3);
        if (s.kind == Kind.DO && !options.on(Feature.DO_WITHOUT_NORMAL_COMPLETION)
                && !Reachability.canComplete(s, label)) {
            Node doBody = s.kid(1);
            doBody.kids.remove(doBody.kids.size() - 1); // the statement that always leaves the body
        }
        return s;
    }

    private Node labeled(Ctx c) {
        String label = "L" + nextId();
        int kind = rnd.nextInt(options.on(Feature.LABELED_STATEMENT) ? 7 : 6);
        if (focus != null && rnd.nextBoolean()) {
            // The focused labeled construct half the time: a block or a switch is a seventh of the draws otherwise.
            kind = switch (focus.construct()) {
                case LABELED_BLOCK -> 4;
                case LABELED_SWITCH -> 5;
                case LABELED_IF -> options.on(Feature.LABELED_STATEMENT) ? 6 : kind;
                default -> kind;
            };
        }
        Node inner;
        if (kind < 4) {
            inner = loop(c, kind, label);
        } else if (kind == 6) {
            // L: if (c) ... break L; ... else ...
            Ctx.Target self = new Ctx.Target(false, false, label,
                    options.on(Feature.JUMP_OUT_OF_LABELED_BLOCK) ? c.targets : null);
            inner = Node.of(Kind.IF, null, expressions.expr(Ty.BOOL, c, 3), body(c.blockWithOnly(self)));
            if (rnd.nextBoolean()) {
                inner.kids.add(body(c.blockWithOnly(self)));
            }
        } else if (kind == 4) {
            Ctx.Target self = new Ctx.Target(false, false, label,
                    options.on(Feature.JUMP_OUT_OF_LABELED_BLOCK) ? c.targets : null);
            inner = newBlock(c.blockWithOnly(self), bodySize(), false);
        } else {
            inner = switchStatement(c, label);
        }
        return Node.of(Kind.LABELED, label, inner);
    }

    private Node switchStatement(Ctx c, String label) {
        Ty selector = new Ty[] {Ty.INT, Ty.STRING, Ty.ENUM}[rnd.nextInt(3)];
        return switchStatement(c, label, expressions.expr(selector, c, 2), caseLabels(selector, false));
    }

    /** A switch statement on {@code selectorValue} with these case labels. */
    Node switchStatement(Ctx c, String label, Node selectorValue, List<String> labels) {
        // javac 17 writes a class that fails verification ('Inconsistent stackmap frames') for a classic switch that
        // declares a local in a finally whose try has an instanceof binding (seed 20261215 batch 108 program 77).
        boolean arrow = !options.on(Feature.CLASSIC_SWITCH) || rnd.nextBoolean()
                || Extras.JAVAC_17 && c.is(Ctx.IN_FINALLY);
        Node s = Node.of(Kind.SWITCH, null, selectorValue);
        if (arrow) {
            s.flag(Node.ARROW);
        }
        Ctx inside = c.withTarget(false, true, label);
        Ctx shared = inside.block();
        boolean expressionRules = rnd.nextInt(4) == 0; // mostly expression statements as rules, or mostly blocks
        for (int i = 0; i < labels.size(); i++) {
            Node arm = Node.of(Kind.CASE, labels.get(i));
            if (arrow) {
                boolean expression = expressionRules ? rnd.nextInt(4) > 0 : rnd.nextInt(8) == 0;
                if (expression && options.on(Feature.EXPRESSION_RULE)) {
                    arm.kids.add(Node.of(Kind.EXPR, null, Node.of(Kind.CALL, "Fx.id",
                            Node.of(Kind.LIT, "\"arm" + nextId() + "\""), expressions.expr(valueType(), c, 2))));
                } else {
                    arm.kids.add(newBlock(inside.block(), bodySize(), false));
                }
            } else {
                Node group = new Node(Kind.BLOCK);
                fill(group, shared, bodySize(), false);
                if (i + 1 < labels.size() && Reachability.canComplete(group)) {
                    group.kids.add(new Node(Kind.BREAK)); // no fall-through: javac's lint warns about it
                }
                arm.kids.addAll(group.kids);
                endGroup(shared);
            }
            s.kids.add(arm);
        }
        return s;
    }

    private Node tryStatement(Ctx c) {
        Node s = new Node(Kind.TRY);
        s.number = nextId();
        Node resources = new Node(Kind.RESOURCES);
        s.kids.add(resources);
        Ctx body;
        List<String> catches = catchTypes(c);
        boolean catchesChecked = catches.stream().anyMatch(Reachability::catchesChecked);
        body = c.tryBody(catchesChecked);
        boolean jumpOut = false;
        if (options.on(Feature.TRY_WITH_RESOURCES) && rnd.nextInt(10) < 3) {
            jumpOut = options.on(Feature.JUMP_OUT_OF_RESOURCES) && rnd.nextInt(3) == 0;
            int count = 1 + rnd.nextInt(2);
            for (int i = 0; i < count; i++) {
                String name = "r" + nextId();
                boolean failing = !abortable && rnd.nextInt(jumpOut ? 2 : 4) == 0;
                Node nameExpr = Node.of(Kind.LIT, "\"" + name + "\"").typed(Ty.STRING);
                if (c.suspendOk() && rnd.nextInt(4) == 0) {
                    // The name must stay a marker the abort oracle counts: await exactly it.
                    String how = new String[] {"Fx.now", "Fx.later", "Fx.later0"}[rnd.nextInt(3)];
                    nameExpr = Node.of(Kind.YIELD, null, Node.of(Kind.CALL, how, nameExpr)).typed(Ty.STRING);
                }
                Node resource = Node.of(Kind.RESOURCE, name,
                        Node.of(Kind.CALL, failing ? "Fx.openFailing" : "Fx.open", nameExpr));
                // An existing resource is opened before the try: first in the list, so opening and closing nest.
                int existingAt = options.on(Feature.EXISTING_RESOURCE_FIRST) || count == 1 ? 0 : -1;
                if (i == existingAt && rnd.nextInt(4) == 0) {
                    resource.flag(Node.EXISTING);
                }
                resources.kids.add(resource);
                body.declare(name, Ty.RESOURCE, true);
            }
        }
        boolean hasFinally = rnd.nextBoolean() || catches.isEmpty() && resources.kids.isEmpty();
        Node block = newBlock(body, bodySize() + 1, false);
        if (jumpOut && Reachability.canComplete(block)) {
            // Leave while the resources are open: their close() runs, and may throw, with the jump under way.
            if (body.targets != null && (!body.returnOk() || rnd.nextBoolean())) {
                block.kids.add(jump(body));
            } else if (body.returnOk()) {
                block.kids.add(returnStatement(body));
            }
        }
        s.kids.add(block);
        if (catches.stream().anyMatch(t -> t.contains("Fx.Checked")) && !Reachability.throwsChecked(block)) {
            // javac rejects a catch of a checked exception the body cannot throw: give the body a thrower.
            int room = block.kids.size() - (Reachability.canComplete(block) ? 0 : 1);
            // Its operand is written in the try's scope without the body's variables, as it may stand before them,
            // and declares none (no switch expression), as it may stand after them.
            // (A binding of it could take a name the body declares before it: seed 20261216 batch 132 program 116.)
            block.kids.add(rnd.nextInt(room + 1),
                    check(c.tryBody(true).with(Ctx.NO_SWITCH_EXPRESSION).with(Ctx.DECLARES_NONE)));
        }
        for (String types : catches) {
            Ctx handler = c.block();
            if (!options.on(Feature.YIELD_IN_CATCH)) {
                handler = handler.noSuspend();
            }
            String param = freshName(handler);
            handler.declare(param, Ty.THROWABLE, true);
            Node clause = Node.of(Kind.CATCH, param);
            clause.aux = types;
            clause.number = nextId();
            Node handlerBlock = newBlock(handler, bodySize(), false);
            boolean uncheckedOnly = !Reachability.catchesChecked(types);
            if (Reachability.canComplete(handlerBlock) && rnd.nextInt(6) == 0 && (uncheckedOnly || c.checkedOk())
                    && c.throwOk()) {
                handlerBlock.kids.add(Node.of(Kind.THROW, null, Node.of(Kind.VAR, param).typed(Ty.THROWABLE)));
            }
            clause.kids.add(handlerBlock);
            s.kids.add(clause);
        }
        if (hasFinally) {
            Ctx fin = (abortable ? c.quietFinally() : c.block()).with(Ctx.IN_FINALLY);
            if (!options.on(Feature.YIELD_IN_FINALLY)) {
                fin = fin.noSuspend();
            }
            s.kids.add(Node.of(Kind.FINALLY, null, newBlock(fin, bodySize(), true)));
        }
        return s;
    }

    /** The catch clauses of a try: specific types first, broad ones last, never one an earlier clause catches. */
    private List<String> catchTypes(Ctx c) {
        List<String> specific = new ArrayList<>(List.of("Fx.Unchecked", "IllegalStateException",
                "ArithmeticException"));
        if (options.on(Feature.CHECKED)) {
            specific.add("Fx.Checked");
        }
        Collections.shuffle(specific, rnd);
        List<String> types = new ArrayList<>();
        int count = pick(3, 5, 2);
        for (int i = 0; i < count && !specific.isEmpty(); i++) {
            if (specific.size() >= 2 && rnd.nextInt(4) == 0) {
                types.add(specific.remove(0) + " | " + specific.remove(0));
            } else {
                types.add(specific.remove(0));
            }
        }
        if (!abortable && rnd.nextInt(4) == 0) {
            int kinds = options.on(Feature.CATCH_THROWABLE) ? 3 : 2;
            String[] broad = {"RuntimeException", "Exception", "Throwable"};
            int from = rnd.nextInt(kinds);
            types.add(broad[from]);
            if (from < kinds - 1 && rnd.nextInt(3) == 0) {
                types.add(broad[from + 1 + rnd.nextInt(kinds - 1 - from)]);
            }
        }
        return types;
    }

    Node jump(Ctx c) {
        List<String> breakLabels = new ArrayList<>();
        List<String> continueLabels = new ArrayList<>();
        boolean unlabeledBreak = false;
        boolean unlabeledContinue = false;
        boolean innermostFound = false;
        for (Ctx.Target t = c.targets; t != null; t = t.outer()) {
            if (!innermostFound && (t.loop() || t.switchStatement())) {
                unlabeledBreak = true;
                innermostFound = true;
            }
            unlabeledContinue |= t.loop();
            if (t.label() != null) {
                breakLabels.add(t.label());
                if (t.loop()) {
                    continueLabels.add(t.label());
                }
            }
        }
        Coverage.Jump want = focus == null ? Coverage.Jump.NONE : focus.jump();
        int labeled = want == Coverage.Jump.LABELED ? 12 : 4;
        int kind = pick(unlabeledBreak ? (want == Coverage.Jump.BREAK ? 12 : 4) : 0,
                breakLabels.isEmpty() ? 0 : labeled, unlabeledContinue ? (want == Coverage.Jump.CONTINUE ? 12 : 3) : 0,
                continueLabels.isEmpty() ? 0 : labeled, 0);
        return switch (kind) {
            case 0 -> new Node(Kind.BREAK);
            case 1 -> Node.of(Kind.BREAK, breakLabels.get(rnd.nextInt(breakLabels.size())));
            case 2 -> new Node(Kind.CONTINUE);
            case 3 -> Node.of(Kind.CONTINUE, continueLabels.get(rnd.nextInt(continueLabels.size())));
            default -> Node.of(Kind.TRACE, "s" + nextId());
        };
    }

    Node returnStatement(Ctx c) {
        boolean ipOk = c.suspendOk() || c.is(Ctx.SUSPEND_FREE) && !c.is(Ctx.NO_SUSPEND) && c.returnOk();
        boolean ipFocus = focus != null && focus.jump() == Coverage.Jump.RETURN_IP;
        if (options.on(Feature.RETURN_IN_PROGRESS) && ipOk && rnd.nextInt(4) < (ipFocus ? 3 : 1)) {
            return Node.of(Kind.RETURN, null, expressions.awaited(returnType, c, 2)).flag(Node.RETURN_IP);
        }
        return Node.of(Kind.RETURN, null, expressions.expr(returnType, c, 3));
    }

    Node throwStatement(Ctx c) {
        return Node.of(Kind.THROW, null, expressions.exception(c, 2, c.checkedOk()));
    }
}
