package kaa.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kaa.fuzz.GeneratorOptions.Feature;
import kaa.fuzz.Node.Kind;

/**
 * The constructs users met that the first grammar lacked, each behind a {@link Feature}: {@code Object} locals and
 * {@code instanceof} patterns (bindings used across a {@code yield_}, the negated form whose binding lives after the
 * {@code if}), local records, enums, interfaces and classes (one extending another), {@code var} of lub types, nested
 * array initializers, a coroutine type variable shadowing the class's, member types named like JDK types, a class of
 * the same file, {@code Owner.this}, and on Java 21 pattern switches with guards and record patterns.
 */
final class Extras {
    /** Names of member types that the generated source may also want to use for JDK or kaa types. */
    static final List<String> JDK_NAMES = List.of("Override", "Generated", "Iterator", "SuppressWarnings",
            "CoroutineMachine", "Objects", "Callable", "Runnable", "State", "Label", "Machine", "Async");

    /** Pattern types and the Ty their bindings have. */
    private static final String[] PATTERN_TYPES = {"Integer", "String", "Long", "Boolean", "E"};
    private static final Ty[] PATTERN_TY = {Ty.INT, Ty.STRING, Ty.LONG, Ty.BOOL, Ty.ENUM};

    /** Declares a pattern binding of pattern type {@code k}: Integer, Long and Boolean bindings are boxes. */
    private static Ctx.Var bind(Ctx c, String name, int k, boolean readable) {
        Ctx.Var v = c.declare(name, PATTERN_TY[k], true, readable);
        v.boxed = k == 0 || k == 2 || k == 3;
        return v;
    }

    private final Generator gen;

    Extras(Generator gen) {
        this.gen = gen;
    }

    private boolean on(Feature f) {
        return gen.options.on(f);
    }

    private boolean java21(Feature f) {
        return gen.release >= 21 && on(f);
    }

    private Ctx.Var anyVar(Ctx c, Ty t) {
        List<Ctx.Var> vars = c.vars(t);
        return vars.isEmpty() ? null : vars.get(gen.rnd.nextInt(vars.size()));
    }

    private static Node var(Ctx.Var v) {
        return Node.of(Kind.VAR, v.name).typed(v.type);
    }

    private static Node template(String text, Ty type, Node... kids) {
        return Node.of(Kind.TEMPLATE, text, kids).typed(type);
    }

    // ------------------------------------------------------------------------------------------ expressions

    /** A use of one of the extra constructs as a value of {@code t}, or null if none fits here. */
    Node expr(Ty t, Ctx c, int d) {
        List<Supplier<Node>> choices = new ArrayList<>();
        Ctx.Var object = anyVar(c, Ty.OBJECT);
        Ctx.Var lub = anyVar(c, Ty.LUB);
        Ctx.Var lubList = anyVar(c, Ty.LUB_LIST);
        Ctx.Var numbers = anyVar(c, Ty.LUB_NUMBERS);
        Ctx.Var matrix = anyVar(c, Ty.MATRIX);
        Ctx.Var tList = anyVar(c, Ty.T_LIST);
        switch (t) {
            case INT -> {
                for (String member : gen.members) {
                    if (!member.equals("Box")) {
                        choices.add(() -> template(member + ".f(#0)", t, gen.expressions.expr(Ty.INT, c, d - 1)));
                    }
                }
                if (matrix != null) {
                    choices.add(() -> template("#0[(#1) & 1][0]", t, var(matrix),
                            gen.expressions.expr(Ty.INT, c, d - 1)));
                }
                if (lub != null) {
                    choices.add(() -> template("#0.hashCode()", t, var(lub)));
                }
                if (numbers != null) {
                    choices.add(() -> template("#0.get((#1) & 1).intValue()", t, var(numbers),
                            gen.expressions.expr(Ty.INT, c, d - 1)));
                }
                if (lubList != null) {
                    choices.add(() -> template("#0.size()", t, var(lubList)));
                }
                if (tList != null) {
                    choices.add(() -> template("#0.size()", t, var(tList)));
                }
                if (gen.instance && on(Feature.OUTER_THIS)) {
                    choices.add(() -> template("@OWNER@.this.fi", t));
                    if (!c.is(Ctx.QUIET_FINALLY)) {
                        // An anonymous class reads the coroutine's object through Owner.this and captures a local.
                        choices.add(() -> template("new Supplier<Integer>() { public Integer get() { return"
                                + " @OWNER@.this.fi + #0; } }.get()", t,
                                gen.expressions.expr(Ty.INT, c.lambdaBody(), 1)));
                    }
                }
            }
            case STRING -> {
                for (Ctx.Var v : new Ctx.Var[] {object, lub, lubList, numbers, tList}) {
                    if (v != null) {
                        choices.add(() -> template("String.valueOf(#0)", t, var(v)));
                    }
                }
                if (matrix != null) {
                    choices.add(() -> template("java.util.Arrays.deepToString(#0)", t, var(matrix)));
                }
                if (lubList != null) {
                    choices.add(() -> template("String.valueOf(#0.get((#1) & 1))", t, var(lubList),
                            gen.expressions.expr(Ty.INT, c, d - 1)));
                }
            }
            case BOOL -> {
                if (object != null) {
                    int k = gen.rnd.nextInt(PATTERN_TYPES.length);
                    choices.add(() -> template("(#0 instanceof " + PATTERN_TYPES[k] + ")", t, var(object)));
                    if (!c.is(Ctx.DECLARES_NONE)) {
                        choices.add(() -> bindingTest(object, t, c, d));
                    }
                }
                if (lub != null) {
                    choices.add(() -> template("#0.describeConstable().isPresent()", t, var(lub)));
                    choices.add(() -> template("(#0 instanceof Integer)", t, var(lub)));
                    choices.add(() -> template("#0.equals(#1)", t, var(lub), gen.expressions.expr(Ty.STRING, c, d - 1)));
                }
                if (tList != null) {
                    choices.add(() -> template("#0.isEmpty()", t, var(tList)));
                }
            }
            case LONG -> {
                if (numbers != null) {
                    choices.add(() -> template("#0.get(1).longValue()", t, var(numbers)));
                }
            }
            default -> { }
        }
        if (choices.isEmpty()) {
            return null;
        }
        return choices.get(gen.rnd.nextInt(choices.size())).get();
    }

    /** {@code (o instanceof Integer n && n > ...)}: the binding is read in the right operand only. */
    private Node bindingTest(Ctx.Var object, Ty t, Ctx c, int d) {
        int k = gen.rnd.nextInt(PATTERN_TYPES.length);
        Ctx inner = c.block();
        String name = gen.freshName(c);
        bind(inner, name, k, true);
        // An argument of Fx.id: the binding cannot leak into the statement around (if (!(...)) return; would
        // introduce it after the if).
        return template("Fx.id(\"p" + gen.nextId() + "\", #0 instanceof " + PATTERN_TYPES[k] + " " + name + " && #1)", t,
                var(object), gen.expressions.expr(Ty.BOOL, inner, Math.max(1, d - 1)));
    }

    /** An {@code Object}: a local of that type, or a value cast to it. */
    private Node objectValue(Ctx c, int d) {
        Ctx.Var object = anyVar(c, Ty.OBJECT);
        if (object != null && gen.rnd.nextInt(3) > 0) {
            return var(object);
        }
        Ty type = gen.valueType();
        Node value = gen.expressions.expr(type, c, d);
        if (JAVAC_17 && type == Ty.BOOL) {
            // javac 17 fails an assertion (Flow.AssignAnalyzer.newVar, Bits.excl) on a binding pattern whose operand
            // is a cast of a conditional boolean: ((Object) (a && b)) instanceof Integer y, also with ! or ?:.
            value = template("Boolean.valueOf(#0)", Ty.BOOL, value);
        }
        return Node.of(Kind.CAST, "Object", value).typed(Ty.OBJECT);
    }

    // ------------------------------------------------------------------------------------------ statements

    /** The weight of the extra statements in {@link Generator}'s choice (0 if none is on). */
    int weight(Ctx c, boolean nest) {
        int w = 0;
        for (Feature f : new Feature[] {Feature.PATTERN_INSTANCEOF, Feature.LOCAL_RECORD, Feature.LOCAL_ENUM,
            Feature.LOCAL_INTERFACE, Feature.LOCAL_CLASS, Feature.LUB_VAR, Feature.NESTED_ARRAY}) {
            w += on(f) ? 2 : 0;
        }
        w += gen.generic ? 4 : 0;
        w += gen.members.contains("Box") ? 4 : 0;
        w += java21(Feature.PATTERN_SWITCH) && nest ? 4 : 0;
        if (w > 0 && focusedHere()) {
            w += 8;
        }
        return c.inLambda() ? 0 : w;
    }

    /** Whether the javac in use is 17 to 20, which has bugs the generator steers around. */
    static final boolean JAVAC_17 = Runtime.version().feature() < 21;

    /** Appends one extra construct (a declaration with what uses it, or a compound statement) to {@code block}. */
    void statement(Node block, Ctx c, boolean nest) {
        List<Runnable> choices = new ArrayList<>();
        if (on(Feature.PATTERN_INSTANCEOF)) {
            choices.add(() -> block.kids.add(objectDeclaration(c)));
            if (nest) {
                choices.add(() -> patternIf(block, c));
            }
        }
        if (on(Feature.LUB_VAR)) {
            choices.add(() -> lubDeclaration(block, c));
        }
        if (on(Feature.NESTED_ARRAY)) {
            choices.add(() -> block.kids.add(matrixDeclaration(c)));
        }
        if (on(Feature.LOCAL_RECORD)) {
            choices.add(() -> localRecord(block, c));
        }
        if (on(Feature.LOCAL_ENUM)) {
            choices.add(() -> localEnum(block, c, nest));
        }
        if (on(Feature.LOCAL_INTERFACE)) {
            choices.add(() -> localInterface(block, c));
        }
        if (on(Feature.LOCAL_CLASS)) {
            choices.add(() -> localClass(block, c));
        }
        if (gen.generic) {
            choices.add(() -> tList(block, c));
            choices.add(() -> tList(block, c));
        }
        if (gen.members.contains("Box")) {
            choices.add(() -> box(block, c));
            choices.add(() -> box(block, c));
        }
        if (java21(Feature.PATTERN_SWITCH) && nest) {
            choices.add(() -> patternSwitch(block, c));
        }
        if (choices.isEmpty()) {
            block.kids.add(gen.declaration(c));
            return;
        }
        if (gen.focus != null && gen.rnd.nextBoolean()) {
            // The focused construct half the time: the Java 21 ones are drawn in a third of the batches only.
            switch (gen.focus.construct()) {
                case PATTERN_SWITCH -> {
                    if (java21(Feature.PATTERN_SWITCH) && nest) {
                        patternSwitch(block, c);
                        return;
                    }
                }
                case RECORD_PATTERN, LOCAL_RECORD -> {
                    if (on(Feature.LOCAL_RECORD)) {
                        localRecord(block, c);
                        return;
                    }
                }
                default -> { }
            }
        }
        choices.get(gen.rnd.nextInt(choices.size())).run();
    }

    /** Whether the generator's focus is a construct that only this class writes. */
    private boolean focusedHere() {
        return gen.focus != null && switch (gen.focus.construct()) {
            case PATTERN_SWITCH, RECORD_PATTERN, LOCAL_RECORD, LOCAL_ENUM, LOCAL_INTERFACE, LOCAL_CLASS, LUB_VAR,
                    NESTED_ARRAY, T_LIST, SAME_FILE_CLASS, PATTERN_IF -> true;
            default -> false;
        };
    }

    private Node objectDeclaration(Ctx c) {
        String name = gen.freshName(c);
        Ctx.Var declared = c.declare(name, Ty.OBJECT, true, false);
        Node init = objectValue(c, 3);
        c.scope.vars.remove(declared);
        c.declare(name, Ty.OBJECT, true);
        return Node.of(Kind.DECL, name, init).typed(Ty.OBJECT);
    }

    /**
     * {@code if (o instanceof Integer n [&& ...]) {...n...} else {...}}, or {@code if (!(o instanceof Integer n))
     * <leave>} after which {@code n} is in scope for the rest of the block.
     */
    private void patternIf(Node block, Ctx c) {
        int k = gen.rnd.nextInt(PATTERN_TYPES.length);
        Node object = objectValue(c, 2);
        String name = gen.freshName(c);
        String test = "#0 instanceof " + PATTERN_TYPES[k] + " " + name;
        boolean leaveOk = c.targets != null || c.returnOk() || c.throwOk();
        if (leaveOk && !c.quiet() && gen.rnd.nextInt(3) == 0) {
            // javac counts the binding as declared in the then-branch too ('variable n is already defined' for a
            // local of that name there, seed 20240505 batch 9 program 37), and after the if: never declared again.
            // Nor declared before: as the unbraced body of a do, the if puts it in scope in the loop's condition,
            // generated first, whose own binding freshName could have handed out again (seed 20261230 batch 310
            // program 2).
            name = "n" + gen.nextId();
            test = "#0 instanceof " + PATTERN_TYPES[k] + " " + name;
            gen.reserve(name);
            // The leaving statement sees the block's locals (seed 20240505 batch 7 program 24 declared one again).
            Ctx thenBlock = c.block();
            Node then = gen.newBlock(thenBlock, 1 + gen.rnd.nextInt(2), false);
            if (Reachability.canComplete(then)) {
                then.kids.add(c.targets != null && gen.rnd.nextBoolean() ? gen.jump(thenBlock)
                        : c.returnOk() ? gen.returnStatement(thenBlock) : gen.throwStatement(thenBlock));
            }
            if (Reachability.canComplete(then)) {
                return; // jump() found nothing to jump to
            }
            if (then.kids.size() == 1 && on(Feature.BARE_BODY) && gen.rnd.nextBoolean()) {
                gen.bare(then);
            }
            block.kids.add(Node.of(Kind.IF, null, template("!(" + test + ")", Ty.BOOL, object), then));
            bind(c, name, k, true); // in scope after the if: it is left when the test fails
            return;
        }
        Ctx inner = c.block();
        bind(inner, name, k, true);
        Node cond = gen.rnd.nextBoolean() ? template("(" + test + ")", Ty.BOOL, object)
                : template("(" + test + " && #1)", Ty.BOOL, object, gen.expressions.expr(Ty.BOOL, inner, 2));
        Node s = Node.of(Kind.IF, null, cond, gen.body(inner.block()));
        if (gen.rnd.nextBoolean()) {
            s.kids.add(gen.body(c.block()));
            if (!Reachability.canComplete(s.kid(2))) {
                // if (o instanceof T n) S else <leave>: n is in scope after the if (JLS 6.3.2.2), where S ended.
                bind(c, name, k, Reachability.canComplete(s.kid(1)));
                // As the unbraced body of a loop, javac puts it in scope for the rest of the enclosing block too
                // ('variable t is already defined', seed 20261215 batch 87 program 1): never declared again.
                gen.reserve(name);
            }
        }
        block.kids.add(s);
    }

    private void lubDeclaration(Node block, Ctx c) {
        String name = gen.freshName(c);
        Ctx.Var declared = c.declare(name, Ty.OBJECT, true, false);
        Node init;
        Ty type;
        // javac (17 and 25) rejects a var whose initializer has a switch expression declaring a lambda-typed local
        // in an arm ('cannot infer type ... lambda expression needs an explicit target-type'): seed 20240505 batch 3
        // program 5.
        Ctx operands = c.with(Ctx.NO_SWITCH_EXPRESSION);
        switch (gen.rnd.nextInt(3)) {
            case 0 -> {
                type = Ty.LUB;
                init = template("(#0 ? Integer.valueOf(#1) : #2)", type, gen.expressions.expr(Ty.BOOL, operands, 2),
                        gen.expressions.expr(Ty.INT, operands, 2), gen.expressions.expr(Ty.STRING, operands, 2));
            }
            case 1 -> {
                type = Ty.LUB_LIST;
                init = template("List.of(Integer.valueOf(#0), #1)", type, gen.expressions.expr(Ty.INT, operands, 2),
                        gen.expressions.expr(Ty.STRING, operands, 2));
            }
            default -> {
                type = Ty.LUB_NUMBERS;
                init = template("List.of(Integer.valueOf(#0), Long.valueOf(#1))", type,
                        gen.expressions.expr(Ty.INT, operands, 2), gen.expressions.expr(Ty.LONG, operands, 2));
            }
        }
        c.scope.vars.remove(declared);
        Node decl = Node.of(Kind.DECL, name, init).typed(type);
        decl.aux = "var";
        block.kids.add(decl);
        Ctx.Var v = c.declare(name, type, true);
        if (c.suspendOk() && gen.rnd.nextBoolean()) {
            // Live across a suspension, then used through one of its bounds.
            block.kids.add(gen.awaitStatement(c));
            Node use = switch (type) {
                case LUB -> template("#0.toString().length() + #0.hashCode()", Ty.INT, var(v));
                case LUB_LIST -> template("#0.get(0).describeConstable().isPresent()", Ty.BOOL, var(v));
                default -> template("#0.get(0).intValue() + #0.get(1).longValue()", Ty.LONG, var(v));
            };
            block.kids.add(Node.of(Kind.TRACE, "u" + gen.nextId(), use));
        }
    }

    private Node matrixDeclaration(Ctx c) {
        String name = gen.freshName(c);
        Ctx.Var declared = c.declare(name, Ty.MATRIX, true, false);
        Node outer = Node.of(Kind.ARRAY, "int[]");
        if (gen.rnd.nextBoolean()) {
            outer.flag(Node.INIT); // int[][] m = {{...}, {...}};
        }
        for (int row = 0; row < 2; row++) {
            Node r = Node.of(Kind.ARRAY, "int").flag(Node.INIT);
            int n = 1 + gen.rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                r.kids.add(gen.expressions.expr(Ty.INT, c, 2));
            }
            outer.kids.add(r);
        }
        c.scope.vars.remove(declared);
        c.declare(name, Ty.MATRIX, true);
        return Node.of(Kind.DECL, name, outer).typed(Ty.MATRIX);
    }

    /** Statements between a local's declaration and its use: a suspension, often more. */
    private void between(Node block, Ctx c) {
        if (c.suspendOk() && gen.rnd.nextInt(3) > 0) {
            block.kids.add(gen.awaitStatement(c));
        }
        if (gen.rnd.nextBoolean() && gen.budget > 1) {
            gen.fill(block, c, 1 + gen.rnd.nextInt(2), true);
        }
    }

    /** A local of a type the Ty enum does not know; its name is taken before its initialiser is written. */
    private Node typedDecl(Ctx c, String name, String type, Supplier<Node> init) {
        c.declare(name, Ty.OPAQUE, true);
        Node decl = Node.of(Kind.DECL, name, init.get()).typed(Ty.OPAQUE);
        decl.aux = type;
        return decl;
    }

    private Node use(String text, Ty type, Node... kids) {
        return Node.of(Kind.TRACE, "u" + gen.nextId(), template(text, type, kids));
    }

    private void localRecord(Node block, Ctx c) {
        String type = "R" + gen.nextId();
        Node decl = Node.of(Kind.LOCAL_TYPE, type);
        // No explicit canonical constructor: in a class with coroutines that is [kaa.record-constructor].
        decl.aux = "record " + type + "(int a, String b) {\n"
                + "    String bang() {\n"
                + "        return b + \"!\";\n"
                + "    }\n\n"
                + "    int twice() {\n"
                + "        return a * 2;\n"
                + "    }\n"
                + "}";
        block.kids.add(decl);
        String name = gen.freshName(c);
        block.kids.add(typedDecl(c, name, gen.rnd.nextInt(4) == 0 ? "var" : type, () -> template("new " + type
                + "(#0, #1)", Ty.OPAQUE, gen.expressions.expr(Ty.INT, c, 2), gen.expressions.expr(Ty.STRING, c, 2))));
        Node r = Node.of(Kind.VAR, name).typed(Ty.OPAQUE);
        between(block, c);
        block.kids.add(use("#0.bang() + #0.twice() + #0", Ty.STRING, r));
        if (java21(Feature.RECORD_PATTERN) && gen.budget > 1 && c.depth < 4) {
            // if (o instanceof R(int a, var b) && ...) with o an Object holding the record
            String object = gen.freshName(c);
            block.kids.add(Node.of(Kind.DECL, object, r.copy()).typed(Ty.OBJECT));
            c.declare(object, Ty.OBJECT, true);
            Ctx inner = c.block();
            String a = gen.freshName(inner);
            inner.declare(a, Ty.INT, true);
            String b = gen.freshName(inner);
            inner.declare(b, Ty.STRING, true);
            Node cond = template("(#0 instanceof " + type + "(int " + a + ", var " + b + ") && #1)", Ty.BOOL,
                    Node.of(Kind.VAR, object).typed(Ty.OBJECT), gen.expressions.expr(Ty.BOOL, inner, 2));
            Node s = Node.of(Kind.IF, null, cond, gen.body(inner.block()));
            if (gen.rnd.nextBoolean()) {
                s.kids.add(gen.body(c.block()));
                if (!Reachability.canComplete(s.kid(2))) {
                    c.declare(a, Ty.INT, true, false); // in scope after the if: their names are taken
                    c.declare(b, Ty.STRING, true, false);
                }
            }
            block.kids.add(s);
        }
    }

    private void localEnum(Node block, Ctx c, boolean nest) {
        String type = "K" + gen.nextId();
        Node decl = Node.of(Kind.LOCAL_TYPE, type);
        decl.aux = "enum " + type + " {\n"
                + "    X, Y, Z;\n\n"
                + "    int w() {\n"
                + "        return ordinal() * 3 + 1;\n"
                + "    }\n"
                + "}";
        block.kids.add(decl);
        String name = gen.freshName(c);
        block.kids.add(typedDecl(c, name, type, () -> template(type + ".values()[Math.floorMod(#0, 3)]", Ty.OPAQUE,
                gen.expressions.expr(Ty.INT, c, 2))));
        Node k = Node.of(Kind.VAR, name).typed(Ty.OPAQUE);
        between(block, c);
        if (nest && gen.rnd.nextBoolean()) {
            List<String> labels = new ArrayList<>(List.of("X", "Y", "Z"));
            java.util.Collections.shuffle(labels, gen.rnd);
            labels = new ArrayList<>(labels.subList(0, 1 + gen.rnd.nextInt(3)));
            if (gen.rnd.nextBoolean()) {
                labels.add("default");
            }
            block.kids.add(gen.switchStatement(c, null, k, labels));
        } else {
            block.kids.add(use("#0.w() + \" \" + #0", Ty.STRING, k));
        }
    }

    private void localInterface(Node block, Ctx c) {
        String type = "F" + gen.nextId();
        Node decl = Node.of(Kind.LOCAL_TYPE, type);
        decl.aux = "interface " + type + " {\n"
                + "    int f(int x);\n\n"
                + "    default int g(int x) {\n"
                + "        return f(x) + 1;\n"
                + "    }\n"
                + "}";
        block.kids.add(decl);
        String name = gen.freshName(c);
        String param = "x" + gen.nextId();
        Ctx.Var captured = anyFrozenInt(c);
        String capture = captured == null ? "1" : captured.name;
        Node init = gen.rnd.nextBoolean()
                ? template(param + " -> " + param + " * 2 + " + capture, Ty.OPAQUE)
                : template("new " + type + "() { public int f(int " + param + ") { return " + param + " - "
                        + capture + "; } }", Ty.OPAQUE);
        block.kids.add(typedDecl(c, name, type, () -> init));
        between(block, c);
        block.kids.add(use("#0.g(#1)", Ty.INT, Node.of(Kind.VAR, name).typed(Ty.OPAQUE),
                gen.expressions.expr(Ty.INT, c, 2)));
    }

    private Ctx.Var anyFrozenInt(Ctx c) {
        List<Ctx.Var> frozen = new ArrayList<>();
        for (Ctx.Var v : c.vars(Ty.INT)) {
            if (v.frozen) {
                frozen.add(v);
            }
        }
        return frozen.isEmpty() ? null : frozen.get(gen.rnd.nextInt(frozen.size()));
    }

    private void localClass(Node block, Ctx c) {
        int id = gen.nextId();
        String base = "B" + id;
        String sub = "C" + id;
        Ctx.Var captured = anyFrozenInt(c);
        if (captured != null && captured.inLoop) {
            captured = null; // a documented limitation of the processor, not a finding
        }
        String capture = captured == null ? "0" : captured.name;
        Node decl = Node.of(Kind.LOCAL_TYPE, base);
        decl.aux = "class " + base + " {\n"
                + "    final int v;\n\n"
                + "    " + base + "(int v) {\n"
                + "        this.v = v;\n"
                + "    }\n\n"
                + "    int get() {\n"
                + "        return v + " + capture + ";\n"
                + "    }\n\n"
                + "    @java.lang.Override\n"
                + "    public String toString() {\n"
                + "        return \"" + base + ":\" + get();\n"
                + "    }\n"
                + "}\n"
                + "class " + sub + " extends " + base + " {\n"
                + "    " + sub + "(int v) {\n"
                + "        super(v * 2);\n"
                + "    }\n\n"
                + "    @java.lang.Override\n"
                + "    int get() {\n"
                + "        return super.get() + 1;\n"
                + "    }\n"
                + "}";
        block.kids.add(decl);
        String name = gen.freshName(c);
        String made = gen.rnd.nextBoolean() ? sub : base;
        block.kids.add(typedDecl(c, name, gen.rnd.nextInt(4) == 0 ? "var" : base, () -> template("new " + made
                + "(#0)", Ty.OPAQUE, gen.expressions.expr(Ty.INT, c, 2))));
        between(block, c);
        block.kids.add(use("#0.get() + \" \" + #0", Ty.STRING, Node.of(Kind.VAR, name).typed(Ty.OPAQUE)));
    }

    /** {@code List<T> l = List.of();} with the coroutine's own T, live across a suspension. */
    private void tList(Node block, Ctx c) {
        String name = gen.freshName(c);
        block.kids.add(Node.of(Kind.DECL, name, template("List.of()", Ty.T_LIST)).typed(Ty.T_LIST));
        c.declare(name, Ty.T_LIST, true);
        between(block, c);
    }

    /** A local of the same file's class {@code <name>Box}, live across a suspension. */
    private void box(Node block, Ctx c) {
        String name = gen.freshName(c);
        block.kids.add(typedDecl(c, name, "@OWNER@Box", () -> template("new @OWNER@Box(#0)", Ty.OPAQUE,
                gen.expressions.expr(Ty.INT, c, 2))));
        between(block, c);
        block.kids.add(use("#0.v + \" \" + #0", Ty.STRING, Node.of(Kind.VAR, name).typed(Ty.OPAQUE)));
    }

    /**
     * Java 21: {@code switch (o) { case Integer n when n > yield_(...) -> ...; case String s -> ...; default -> ... }}
     * (arrow or classic, a guard that may suspend).
     */
    private void patternSwitch(Node block, Ctx c) {
        Node s = Node.of(Kind.SWITCH, null, objectValue(c, 2));
        s.aux = "pattern";
        boolean arrow = !on(Feature.CLASSIC_SWITCH) || gen.rnd.nextBoolean();
        if (arrow) {
            s.flag(Node.ARROW);
        }
        Ctx inside = c.withTarget(false, true, null);
        Ctx shared = inside.block(); // a classic switch block is one scope
        int first = gen.rnd.nextInt(PATTERN_TYPES.length);
        int[] kinds = gen.rnd.nextBoolean() ? new int[] {first, first} : new int[] {first, (first + 1) % 5};
        for (int i = 0; i < kinds.length; i++) {
            int k = kinds[i];
            Ctx arm = arrow ? inside.block() : shared;
            String name = gen.freshName(arm);
            bind(arm, name, k, true);
            Node kase = Node.of(Kind.CASE, PATTERN_TYPES[k] + " " + name);
            // The first of two cases of one type must be guarded, or it dominates the second.
            boolean guarded = i == 0 && kinds[0] == kinds[1] || i == 0 && gen.rnd.nextInt(3) > 0
                    || i == 1 && kinds[0] != kinds[1] && gen.rnd.nextInt(3) > 0;
            if (guarded) {
                // Fx.id(...): never a constant (a constant guard is an error or makes the case unguarded).
                kase.aux = "when";
                kase.kids.add(template("Fx.id(\"g" + gen.nextId() + "\", #0)", Ty.BOOL,
                        gen.expressions.expr(Ty.BOOL, arm.with(Ctx.GUARD | Ctx.NO_SWITCH_EXPRESSION).noChecked(), 2)));
            }
            armBody(kase, arm, arrow);
            if (!arrow) {
                gen.endGroup(shared);
            }
            s.kids.add(kase);
        }
        Node fallback = Node.of(Kind.CASE, "default");
        armBody(fallback, arrow ? inside.block() : shared, arrow);
        s.kids.add(fallback);
        block.kids.add(s);
    }

    private void armBody(Node kase, Ctx arm, boolean arrow) {
        Node body = gen.newBlock(arm, 1 + gen.rnd.nextInt(3), false);
        if (arrow) {
            kase.kids.add(body);
        } else {
            if (Reachability.canComplete(body)) {
                body.kids.add(new Node(Kind.BREAK)); // no fall-through into a pattern case
            }
            kase.kids.addAll(body.kids);
        }
    }
}
