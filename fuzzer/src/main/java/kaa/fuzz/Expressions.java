package kaa.fuzz;

import java.util.List;
import kaa.fuzz.GeneratorOptions.Feature;
import kaa.fuzz.Node.Kind;

/**
 * Generates well-typed expressions of a {@link Ty}: operands, conditions, {@code ?:}, {@code &&}/{@code ||}, calls,
 * compound assignments, switch expressions, lambdas, and {@code yield_} of already finished, later finished and
 * failed values wherever a value can stand.
 */
final class Expressions {
    private final Generator gen;

    Expressions(Generator gen) {
        this.gen = gen;
    }

    private Ctx.Var anyVar(Ctx c, Ty t) {
        List<Ctx.Var> vars = c.vars(t);
        return vars.isEmpty() ? null : vars.get(gen.rnd.nextInt(vars.size()));
    }

    private Node tag(String prefix) {
        return Node.of(Kind.LIT, "\"" + prefix + gen.nextId() + "\"");
    }

    /** A leaf of type {@code t}: a literal, a variable, a field. */
    Node leaf(Ty t, Ctx c) {
        Ctx.Var v = gen.rnd.nextInt(100) < 55 ? anyVar(c, t) : null;
        if (v != null) {
            Node read = Node.of(Kind.VAR, v.name).typed(t);
            return v.boxed ? read.flag(Node.BOXED) : read;
        }
        return switch (t) {
            case INT -> {
                int r = gen.rnd.nextInt(10);
                if (r == 0) {
                    yield Node.of(Kind.VAR, "fs").typed(t);
                }
                if (r == 1 && gen.instance && !c.inLambda()) {
                    yield Node.of(Kind.VAR, "fi").typed(t);
                }
                yield Node.of(Kind.LIT, Integer.toString(gen.rnd.nextInt(12) - 2)).typed(t);
            }
            case LONG -> Node.of(Kind.LIT, (gen.rnd.nextInt(40) - 5) + "L").typed(t);
            case BOOL -> gen.rnd.nextInt(3) == 0
                    ? Node.of(Kind.LIT, gen.rnd.nextBoolean() ? "true" : "false").typed(t)
                    : Node.of(Kind.CALL, "Fx.coin", tag("coin")).typed(t);
            case STRING -> gen.rnd.nextInt(4) == 0 && !c.capturing()
                    ? Node.of(Kind.VAR, "q").typed(t)
                    : Node.of(Kind.LIT, "\"" + (char) ('a' + gen.rnd.nextInt(6)) + "\"").typed(t);
            case ENUM -> Node.of(Kind.LIT, "E." + "ABC".charAt(gen.rnd.nextInt(3))).typed(t);
            default -> throw new IllegalArgumentException("no leaf of " + t);
        };
    }

    /** An expression of type {@code t}, at most {@code d} levels deep. */
    Node expr(Ty t, Ctx c, int d) {
        if (d <= 0 || gen.rnd.nextInt(100) < 25) {
            return leaf(t, c);
        }
        if (gen.rnd.nextInt(100) < 8) {
            Node extra = gen.extras.expr(t, c, d); // patterns, lub-typed locals, nested arrays, Owner.this, ...
            if (extra != null) {
                return extra;
            }
        }
        boolean suspend = c.suspendOk();
        boolean sw = gen.options.on(Feature.SWITCH_EXPRESSION) && d >= 2 && gen.budget > 2
                && !c.is(Ctx.NO_SWITCH_EXPRESSION);
        boolean lambdas = gen.options.on(Feature.LAMBDA);
        return switch (t) {
            case INT -> switch (gen.pick(6, 1, 2, 3, suspend ? 7 : 0, c.capturing() ? 0 : 2, 2, 1, sw ? 1 : 0,
                    lambdas ? 1 : 0, 1, c.capturing() ? 0 : 1)) {
                case 0 -> arithmetic(Ty.INT, c, d);
                case 1 -> Node.of(Kind.UNARY, "-", expr(t, c, d - 1)).typed(t);
                case 2 -> conditional(t, c, d);
                case 3 -> traced(t, c, d);
                case 4 -> awaitValue(t, c, d);
                case 5 -> assignment(t, c, d);
                case 6 -> index(c, d);
                case 7 -> Node.of(Kind.METHOD, "length", expr(Ty.STRING, c, d - 1)).typed(t);
                case 8 -> switchExpression(t, c, d);
                case 9 -> supplied(t, c, d);
                case 10 -> {
                    Node operand = expr(Ty.LONG, c, d - 1);
                    if (!isPrimitive(operand)) {
                        operand = Node.of(Kind.BIN, "+", operand, Node.of(Kind.LIT, "0L")).typed(Ty.LONG); // unbox
                    }
                    yield Node.of(Kind.CAST, "int", operand).typed(t);
                }
                default -> increment(c);
            };
            case LONG -> switch (gen.pick(5, 2, 2, suspend ? 5 : 0, 2, sw ? 1 : 0)) {
                case 0 -> arithmetic(Ty.LONG, c, d);
                case 1 -> conditional(t, c, d);
                case 2 -> traced(t, c, d);
                case 3 -> awaitValue(t, c, d);
                case 4 -> Node.of(Kind.BIN, "*", expr(Ty.INT, c, d - 1), leaf(Ty.LONG, c)).typed(t);
                default -> switchExpression(t, c, d);
            };
            case BOOL -> switch (gen.pick(6, 2, 5, 2, 1, 2, suspend ? 6 : 0, 2, 1, 1, sw ? 1 : 0,
                    c.capturing() ? 0 : 1)) {
                case 0 -> comparison(c, d);
                case 1 -> Node.of(Kind.UNARY, "!", expr(t, c, d - 1)).typed(t);
                case 2 -> Node.of(Kind.BIN, gen.rnd.nextBoolean() ? "&&" : "||", expr(t, c, d - 1),
                        expr(t, c, d - 1)).typed(t);
                case 3 -> Node.of(Kind.BIN, "&|^".charAt(gen.rnd.nextInt(3)) + "", expr(t, c, d - 1),
                        expr(t, c, d - 1)).typed(t);
                case 4 -> conditional(t, c, d);
                case 5 -> traced(t, c, d);
                case 6 -> awaitValue(t, c, d);
                case 7 -> Node.of(Kind.METHOD, "equals", expr(Ty.STRING, c, d - 1), expr(Ty.STRING, c, d - 1))
                        .typed(t);
                case 8 -> Node.of(Kind.METHOD, "isEmpty", expr(Ty.STRING, c, d - 1)).typed(t);
                case 9 -> Node.of(Kind.BIN, gen.rnd.nextBoolean() ? "==" : "!=", expr(Ty.ENUM, c, d - 1),
                        leaf(Ty.ENUM, c)).typed(t);
                case 10 -> switchExpression(t, c, d);
                default -> assignment(t, c, d);
            };
            case STRING -> switch (gen.pick(6, 2, 2, suspend ? 6 : 0, 2, sw ? 1 : 0, 1, 2, 1, c.capturing() ? 0 : 1, 1,
                    lambdas ? 1 : 0)) {
                case 0 -> Node.of(Kind.BIN, "+", expr(t, c, d - 1),
                        expr(gen.valueType(), c.with(Ctx.LONG_ON_STACK), d - 1)).typed(t); // concat is flattened
                case 1 -> Node.of(Kind.CALL, "Integer.toString", expr(Ty.INT, c, d - 1)).typed(t);
                case 2 -> traced(t, c, d);
                case 3 -> awaitValue(t, c, d);
                case 4 -> conditional(t, c, d);
                case 5 -> switchExpression(t, c, d);
                case 6 -> supplied(t, c, d);
                case 7 -> message(c, d);
                case 8 -> resourceName(c, d);
                case 9 -> assignment(t, c, d);
                case 10 -> Node.of(Kind.METHOD, "name", expr(Ty.ENUM, c, d - 1)).typed(t);
                default -> Node.of(Kind.CALL, "Fx.call", lambda(t, c, d - 1)).typed(t);
            };
            case ENUM -> switch (gen.pick(2, suspend ? 4 : 0, 1)) {
                case 0 -> traced(t, c, d);
                case 1 -> awaitValue(t, c, d);
                default -> conditional(t, c, d);
            };
            default -> throw new IllegalArgumentException("no expression of " + t);
        };
    }

    private Node arithmetic(Ty t, Ctx c, int d) {
        boolean divide = !c.quiet() && !(c.inLambda() && gen.abortable);
        String op = divide ? "+-*/%".charAt(gen.pick(5, 4, 3, 1, 1)) + "" : "+-*".charAt(gen.rnd.nextInt(3)) + "";
        Node left = expr(t, c, d - 1);
        Node right = expr(t, t == Ty.LONG ? c.with(Ctx.LONG_ON_STACK) : c, d - 1);
        if (op.equals("/") || op.equals("%")) {
            right = divisor(right);
        }
        return Node.of(Kind.BIN, op, left, right).typed(t);
    }

    /**
     * A divisor that is not a constant expression: javac's lint warns about a constant zero divisor, while a zero
     * that only shows at run time is a deliberate ArithmeticException.
     */
    Node divisor(Node e) {
        return switch (e.kind) {
            case CALL, METHOD, YIELD, ASSIGN, INC, INDEX, SWITCH_EXPR -> e;
            default -> Node.of(Kind.CALL, "Fx.id", tag("d"), e).typed(e.type);
        };
    }

    private Node comparison(Ctx c, int d) {
        Node left = expr(Ty.INT, c, d - 1);
        Node right = expr(Ty.INT, c, d - 1);
        String op = gen.rnd.nextInt(4) == 0 ? (gen.rnd.nextBoolean() ? "==" : "!=")
                : new String[] {"<", "<=", ">", ">="}[gen.rnd.nextInt(4)];
        if ((op.equals("==") || op.equals("!=")) && !isPrimitive(left) && !isPrimitive(right)) {
            right = leaf(Ty.INT, c); // two boxed operands would compare references
            if (!isPrimitive(right)) {
                right = Node.of(Kind.LIT, "1").typed(Ty.INT);
            }
        }
        return Node.of(Kind.BIN, op, left, right).typed(Ty.BOOL);
    }

    /** Whether the expression's static type is primitive (not a box that {@code ==} would compare by reference). */
    static boolean isPrimitive(Node e) {
        return switch (e.kind) {
            case VAR -> !e.has(Node.BOXED);
            case LIT, BIN, UNARY, INDEX, CAST, ASSIGN, INC -> true;
            case METHOD -> e.name.equals("length") || e.name.equals("equals") || e.name.equals("isEmpty");
            case COND -> isPrimitive(e.kid(1)) || isPrimitive(e.kid(2));
            default -> false;
        };
    }

    private Node conditional(Ty t, Ctx c, int d) {
        return Node.of(Kind.COND, null, expr(Ty.BOOL, c, d - 1), expr(t, c, d - 1), expr(t, c, d - 1)).typed(t);
    }

    private Node traced(Ty t, Ctx c, int d) {
        return Node.of(Kind.CALL, "Fx.id", tag("v"), expr(t, c, d - 1)).typed(t);
    }

    /** {@code yield_(...)} of a value of type {@code t}. */
    Node awaitValue(Ty t, Ctx c, int d) {
        Node awaited = awaited(t, c, d - 1);
        Node y = Node.of(Kind.YIELD, null, awaited).typed(t);
        if (c.checkedOk() && gen.options.on(Feature.CHECKED) && gen.rnd.nextInt(4) == 0) {
            y.flag(Node.CHECKED);
        }
        return y;
    }

    /**
     * An {@code InProgress<T>}: finished already, finished by a timer, or failed (now or later). Untyped: it is not a
     * value of {@code t}, so the minimiser never puts it where a value goes.
     */
    Node awaited(Ty t, Ctx c, int d) {
        int failPercent = c.guarded() ? 22 : 6;
        if (gen.rnd.nextInt(100) < failPercent) {
            String how = gen.rnd.nextBoolean() ? "fail" : "failLater";
            return Node.of(Kind.CALL, "Fx.<" + t.boxed + ">" + how, exception(c, d, true));
        }
        String how = new String[] {"Fx.now", "Fx.later", "Fx.later0"}[gen.pick(4, 4, 2)];
        return Node.of(Kind.CALL, how, expr(t, c, d));
    }

    /**
     * A new exception: unchecked, IllegalStateException, or Fx.Checked if {@code mayBeChecked} (an awaited failure is
     * thrown by {@code yield_} whatever its type; a {@code throw} needs {@link Ctx#CHECKED_OK}).
     */
    Node exception(Ctx c, int d, boolean mayBeChecked) {
        boolean checked = mayBeChecked && gen.options.on(Feature.CHECKED) && gen.rnd.nextInt(5) == 0;
        String type = checked ? "Fx.Checked" : gen.rnd.nextInt(4) == 0 ? "IllegalStateException" : "Fx.Unchecked";
        Node message = gen.rnd.nextInt(4) == 0 ? expr(Ty.STRING, c, Math.min(d, 1)) : tag("m");
        return Node.of(Kind.NEW, type, message);
    }

    private Node assignment(Ty t, Ctx c, int d) {
        List<Ctx.Var> targets = c.assignable(t);
        if (targets.isEmpty()) {
            return leaf(t, c);
        }
        Ctx.Var v = targets.get(gen.rnd.nextInt(targets.size()));
        String op = switch (t) {
            case INT -> new String[] {"=", "+=", "-=", "*="}[gen.rnd.nextInt(4)];
            case STRING -> gen.rnd.nextBoolean() ? "=" : "+=";
            case BOOL -> new String[] {"=", "&=", "|="}[gen.rnd.nextInt(3)];
            default -> "=";
        };
        return Node.of(Kind.ASSIGN, op, Node.of(Kind.VAR, v.name).typed(t), expr(t, c, d - 1)).typed(t);
    }

    private Node increment(Ctx c) {
        List<Ctx.Var> targets = c.assignable(Ty.INT);
        Node target = targets.isEmpty() ? Node.of(Kind.VAR, "fs").typed(Ty.INT)
                : Node.of(Kind.VAR, targets.get(gen.rnd.nextInt(targets.size())).name).typed(Ty.INT);
        Node inc = Node.of(Kind.INC, gen.rnd.nextBoolean() ? "++" : "--", target).typed(Ty.INT);
        return gen.rnd.nextBoolean() ? inc.flag(Node.PREFIX) : inc;
    }

    private Node index(Ctx c, int d) {
        Ctx.Var array = anyVar(c, Ty.INT_ARRAY);
        if (array == null) {
            return leaf(Ty.INT, c);
        }
        boolean compound = !c.capturing() && gen.rnd.nextInt(3) == 0;
        Ctx indexCtx = compound && !gen.options.on(Feature.YIELD_IN_COMPOUND_TARGET) ? c.noSuspend() : c;
        Node element = Node.of(Kind.INDEX, null, Node.of(Kind.VAR, array.name).typed(Ty.INT_ARRAY),
                expr(Ty.INT, indexCtx, d - 1)).typed(Ty.INT);
        if (compound) {
            return Node.of(Kind.ASSIGN, new String[] {"=", "+=", "*="}[gen.rnd.nextInt(3)], element,
                    expr(Ty.INT, c, d - 1)).typed(Ty.INT);
        }
        return element;
    }

    private Node supplied(Ty t, Ctx c, int d) {
        Ctx.Var supplier = anyVar(c, t == Ty.INT ? Ty.SUPPLIER_INT : Ty.SUPPLIER_STRING);
        if (supplier == null) {
            return leaf(t, c);
        }
        return Node.of(Kind.METHOD, "get", Node.of(Kind.VAR, supplier.name).typed(supplier.type)).typed(t);
    }

    private Node message(Ctx c, int d) {
        Ctx.Var caught = anyVar(c, Ty.THROWABLE);
        if (caught == null) {
            return leaf(Ty.STRING, c);
        }
        return Node.of(Kind.METHOD, "getMessage", Node.of(Kind.VAR, caught.name).typed(Ty.THROWABLE))
                .typed(Ty.STRING);
    }

    private Node resourceName(Ctx c, int d) {
        Ctx.Var resource = anyVar(c, Ty.RESOURCE);
        if (resource == null) {
            return leaf(Ty.STRING, c);
        }
        return Node.of(Kind.CALL, "String.valueOf", Node.of(Kind.VAR, resource.name).typed(Ty.RESOURCE))
                .typed(Ty.STRING);
    }

    /** {@code () -> body}: reads only frozen locals (they are effectively final), never suspends. */
    Node lambda(Ty t, Ctx c, int d) {
        return Node.of(Kind.LAMBDA, null, expr(t, c.lambdaBody(), Math.min(d, 2)));
    }

    /** A switch expression of type {@code t}, arrow or classic, on an int, a String or an enum. */
    Node switchExpression(Ty t, Ctx c, int d) {
        Ty selector = new Ty[] {Ty.INT, Ty.STRING, Ty.ENUM}[gen.rnd.nextInt(3)];
        boolean arrow = !gen.options.on(Feature.CLASSIC_SWITCH) || gen.rnd.nextInt(3) > 0;
        Node sw = Node.of(Kind.SWITCH_EXPR, null, expr(selector, c, d - 1)).typed(t);
        if (arrow) {
            sw.flag(Node.ARROW);
        }
        List<String> labels = gen.caseLabels(selector, true);
        Ctx shared = arrow ? null : c.switchArm(); // a classic switch block is one scope
        for (String label : labels) {
            Node arm = Node.of(Kind.CASE, label);
            Ctx armCtx = arrow ? c.switchArm() : shared;
            int kind = gen.pick(5, gen.budget > 1 ? 3 : 0, c.throwOk() && label.equals("default") ? 1 : 0);
            if (kind == 2) {
                arm.kids.add(Node.of(Kind.THROW, null, exception(armCtx, 0, armCtx.checkedOk())));
            } else if (kind == 1 || !arrow) {
                Node block = new Node(Kind.BLOCK);
                if (kind == 1) {
                    gen.fill(block, armCtx, 1 + gen.rnd.nextInt(2), true);
                }
                block.kids.add(Node.of(Kind.YIELD_VALUE, null, expr(t, armCtx, d - 1)));
                if (arrow) {
                    arm.kids.add(block);
                } else {
                    arm.kids.addAll(block.kids);
                }
            } else {
                Node value = expr(t, c, d - 1);
                if (!gen.options.on(Feature.FIELD_AS_RULE_VALUE) && value.kind == Kind.VAR && value.name.equals("fi")) {
                    value = Node.of(Kind.CALL, "Fx.id", tag("v"), value).typed(t);
                }
                arm.kids.add(value);
            }
            if (!arrow) {
                gen.endGroup(shared);
            }
            sw.kids.add(arm);
        }
        return sw;
    }
}
