package kaa.fuzz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import kaa.fuzz.GeneratorOptions.Feature;
import kaa.fuzz.Node.Kind;

/**
 * What a campaign generated: for each construct, where in it a {@code yield_} stands and what kind of jump leaves it,
 * the number of programs that had such a construct. A cell is (construct, position, jump); {@link #cells} defines
 * the cells that the generator can reach with given options, so a combination that cannot occur is no cell, and a
 * cell that is never hit is a hole in the grammar or in the generator's weights.
 *
 * <p>Positions: {@code none} (no suspension in it), {@code head} (condition, selector, iterable, resources, a
 * declaration's initialiser), {@code body} (then branch, loop body, try block, arms; for a declaration: the
 * statements after it in its block, where its local is live), {@code other} ({@code else}, {@code catch} and
 * {@code finally}, case guards). Jumps: a {@code break}, {@code continue}, labeled {@code break}/{@code continue},
 * {@code return done(v)} or {@code return ip} inside it (for a declaration: after it in its block) that leaves it;
 * {@code none} if none does. A construct with several is counted in each.
 */
final class Coverage {
    /** Rows of the table. */
    enum Construct {
        IF(Set.of(), true), IF_BARE(Set.of(Feature.BARE_BODY), true), ELSE_IF(Set.of(Feature.ELSE_IF), true),
        LABELED_IF(Set.of(Feature.LABELED_STATEMENT), true), PATTERN_IF(Set.of(Feature.PATTERN_INSTANCEOF), true),
        WHILE(Set.of(), false), WHILE_BARE(Set.of(Feature.BARE_BODY), false), DO(Set.of(), false),
        DO_BARE(Set.of(Feature.BARE_BODY), false), FOR(Set.of(), false), FOR_BARE(Set.of(Feature.BARE_BODY), false),
        FOREACH(Set.of(), false), FOREACH_BARE(Set.of(Feature.BARE_BODY), false), LABELED_LOOP(Set.of(), false),
        LABELED_BLOCK(Set.of(), false), LABELED_SWITCH(Set.of(), false), SWITCH_ARROW(Set.of(), false),
        SWITCH_CLASSIC(Set.of(Feature.CLASSIC_SWITCH), false), PATTERN_SWITCH(Set.of(Feature.PATTERN_SWITCH), true),
        TRY(Set.of(), true), TRY_RESOURCES(Set.of(Feature.TRY_WITH_RESOURCES), true),
        SWITCH_EXPRESSION(Set.of(Feature.SWITCH_EXPRESSION), false),
        LOCAL_RECORD(Set.of(Feature.LOCAL_RECORD), false),
        RECORD_PATTERN(Set.of(Feature.RECORD_PATTERN, Feature.LOCAL_RECORD), true),
        LOCAL_ENUM(Set.of(Feature.LOCAL_ENUM), false), LOCAL_INTERFACE(Set.of(Feature.LOCAL_INTERFACE), false),
        LOCAL_CLASS(Set.of(Feature.LOCAL_CLASS), false), LUB_VAR(Set.of(Feature.LUB_VAR), false),
        NESTED_ARRAY(Set.of(Feature.NESTED_ARRAY), false), T_LIST(Set.of(Feature.GENERIC_METHOD), false),
        SAME_FILE_CLASS(Set.of(Feature.SAME_FILE_CLASS), false);

        /** The switches it needs. */
        final Set<Feature> needs;
        /** Whether it has an {@code other} part (else, catch/finally, guards). */
        final boolean other;

        Construct(Set<Feature> needs, boolean other) {
            this.needs = needs;
            this.other = other;
        }

        /** Whether it has a head: a labeled block, a try without resources, a local interface have none. */
        boolean head() {
            return this != LABELED_BLOCK && this != TRY && this != LOCAL_INTERFACE && this != T_LIST;
        }

        /** A declaration (a local type, or a local of a type that needs one): its body is the rest of its block. */
        boolean declaration() {
            return ordinal() >= LOCAL_RECORD.ordinal() && this != RECORD_PATTERN;
        }

        boolean java21() {
            return needs.stream().anyMatch(GeneratorOptions.JAVA_21::contains);
        }
    }

    enum Position { NONE, HEAD, BODY, OTHER }

    enum Jump { NONE, BREAK, CONTINUE, LABELED, RETURN, RETURN_IP }

    /** A cell of the table. */
    record Cell(Construct construct, Position position, Jump jump) {}

    private static final int POSITIONS = Position.values().length;
    private static final int JUMPS = Jump.values().length;

    private final AtomicLongArray counts = new AtomicLongArray(Construct.values().length * POSITIONS * JUMPS);

    private static int index(Cell cell) {
        return (cell.construct().ordinal() * POSITIONS + cell.position().ordinal()) * JUMPS + cell.jump().ordinal();
    }

    long count(Cell cell) {
        return counts.get(index(cell));
    }

    /** Counts the cells {@code p} hits (each once per program). */
    void add(Program p) {
        for (Cell cell : hits(p)) {
            counts.incrementAndGet(index(cell));
        }
    }

    /** The cells {@code p} hits. */
    static Set<Cell> hits(Program p) {
        Set<Cell> hit = new HashSet<>();
        collect(p.body(), null, hit);
        return hit;
    }

    /** The cells of {@code cells} in table order (for choosing a focus deterministically). */
    static List<Cell> ordered(Set<Cell> cells) {
        List<Cell> list = new ArrayList<>(cells);
        list.sort((a, b) -> Integer.compare(index(a), index(b)));
        return list;
    }

    /**
     * The cells reachable by construction with {@code options} (and the running JDK for Java 21 constructs): a
     * construct whose switches are on, at every position it has, with every jump, less the combinations that cannot
     * occur: a switch expression is left only by a value or an exception, and nothing jumps out of a declaration (a
     * local type, a lub-typed local, a nested array, ...): the jumps after it in its block are counted, marked '*',
     * but are no cells; its cells are its positions with jump {@code none}.
     */
    static Set<Cell> cells(GeneratorOptions options) {
        Set<Cell> cells = new HashSet<>();
        for (Construct c : Construct.values()) {
            if (!c.needs.stream().allMatch(options::on) || c.java21() && !GeneratorOptions.java21Available()) {
                continue;
            }
            for (Position p : Position.values()) {
                if (p == Position.OTHER && !c.other || p == Position.HEAD && !c.head()) {
                    continue;
                }
                for (Jump j : Jump.values()) {
                    if (c == Construct.SWITCH_EXPRESSION && j != Jump.NONE) {
                        continue; // nothing jumps out of a switch expression
                    }
                    if (c.declaration() && j != Jump.NONE) {
                        continue; // nothing jumps out of a declaration: the jumps after it are counted, no cells
                    }
                    cells.add(new Cell(c, p, j));
                }
            }
        }
        return cells;
    }

    /** The cells of {@code cells} never hit. */
    List<Cell> holes(Set<Cell> cells) {
        List<Cell> holes = new ArrayList<>();
        for (Cell cell : cells) {
            if (count(cell) == 0) {
                holes.add(cell);
            }
        }
        holes.sort((a, b) -> Integer.compare(index(a), index(b)));
        return holes;
    }

    /** The table: one line per construct and position, a column per jump; '-' is no cell, '0!' a hole. */
    String table(Set<Cell> cells) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-18s %-6s", "construct", "yield_"));
        for (Jump j : Jump.values()) {
            s.append(String.format(Locale.ROOT, " %9s", j.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        s.append('\n');
        for (Construct c : Construct.values()) {
            for (Position p : Position.values()) {
                boolean any = false;
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s %-6s",
                        c.name().toLowerCase(Locale.ROOT), p.name().toLowerCase(Locale.ROOT)));
                for (Jump j : Jump.values()) {
                    Cell cell = new Cell(c, p, j);
                    long n = count(cell);
                    any |= n > 0 || cells.contains(cell);
                    line.append(String.format(Locale.ROOT, " %9s", cells.contains(cell) ? (n == 0 ? "0!" : n)
                            : n == 0 ? "-" : n + "*"));
                }
                if (any) {
                    s.append(line).append('\n');
                }
            }
        }
        List<Cell> holes = holes(cells);
        s.append(cells.size()).append(" cells, ").append(cells.size() - holes.size()).append(" hit, ")
                .append(holes.size()).append(" never hit (0!); '*' counts a combination outside the cell set\n");
        return s.toString();
    }

    // ------------------------------------------------------------------------------------------ classification

    private static void collect(Node n, Node parent, Set<Cell> hit) {
        for (Construct c : constructs(n, parent)) {
            List<List<Node>> parts = parts(n, parent);
            Set<Position> positions = EnumSet.noneOf(Position.class);
            for (int i = 0; i < 3; i++) {
                for (Node part : parts.get(i)) {
                    if (part.suspends()) {
                        positions.add(Position.values()[i + 1]);
                    }
                }
            }
            if (positions.isEmpty()) {
                positions.add(Position.NONE);
            }
            Set<Jump> jumps = EnumSet.noneOf(Jump.class);
            Set<String> inner = new HashSet<>();
            for (List<Node> part : parts) {
                for (Node x : part) {
                    labels(x, inner);
                }
            }
            for (int i = 1; i < 3; i++) {
                for (Node part : parts.get(i)) {
                    jumps(part, inner, false, false, jumps);
                }
            }
            if (jumps.isEmpty()) {
                jumps.add(Jump.NONE);
            }
            for (Position p : positions) {
                for (Jump j : jumps) {
                    hit.add(new Cell(c, p, j));
                }
            }
        }
        for (Node kid : n.kids) {
            collect(kid, n, hit);
        }
    }

    private static List<Construct> constructs(Node n, Node parent) {
        List<Construct> rows = new ArrayList<>();
        switch (n.kind) {
            case IF -> {
                if (n.kid(0).kind == Kind.TEMPLATE && n.kid(0).name.contains("instanceof")) {
                    rows.add(n.kid(0).name.contains("(int ") ? Construct.RECORD_PATTERN : Construct.PATTERN_IF);
                } else {
                    rows.add(Construct.IF);
                }
                if (Renderer.thenBare(n)) {
                    rows.add(Construct.IF_BARE);
                }
                if (n.kids.size() > 2 && Renderer.bare(n.kid(2)) && n.kid(2).kid(0).kind == Kind.IF) {
                    rows.add(Construct.ELSE_IF);
                }
            }
            case WHILE, DO, FOR, FOREACH -> {
                int base = switch (n.kind) {
                    case WHILE -> Construct.WHILE.ordinal();
                    case DO -> Construct.DO.ordinal();
                    case FOR -> Construct.FOR.ordinal();
                    default -> Construct.FOREACH.ordinal();
                };
                rows.add(Construct.values()[base]);
                if (Renderer.bare(n.kid(1))) {
                    rows.add(Construct.values()[base + 1]);
                }
            }
            case LABELED -> rows.add(switch (n.kid(0).kind) {
                case BLOCK -> Construct.LABELED_BLOCK;
                case SWITCH -> Construct.LABELED_SWITCH;
                case IF -> Construct.LABELED_IF;
                default -> Construct.LABELED_LOOP;
            });
            case SWITCH -> rows.add("pattern".equals(n.aux) ? Construct.PATTERN_SWITCH
                    : n.has(Node.ARROW) ? Construct.SWITCH_ARROW : Construct.SWITCH_CLASSIC);
            case TRY -> rows.add(n.kid(0).kids.isEmpty() ? Construct.TRY : Construct.TRY_RESOURCES);
            case SWITCH_EXPR -> rows.add(Construct.SWITCH_EXPRESSION);
            case LOCAL_TYPE -> rows.add(n.aux.startsWith("record") ? Construct.LOCAL_RECORD
                    : n.aux.startsWith("enum") ? Construct.LOCAL_ENUM
                    : n.aux.startsWith("interface") ? Construct.LOCAL_INTERFACE : Construct.LOCAL_CLASS);
            case DECL -> {
                if (n.type == Ty.LUB || n.type == Ty.LUB_LIST || n.type == Ty.LUB_NUMBERS) {
                    rows.add(Construct.LUB_VAR);
                } else if (n.type == Ty.MATRIX || !n.kids.isEmpty() && n.kid(0).has(Node.INIT)) {
                    rows.add(Construct.NESTED_ARRAY);
                } else if (n.type == Ty.T_LIST) {
                    rows.add(Construct.T_LIST);
                } else if (n.aux != null && n.aux.endsWith("Box")) {
                    rows.add(Construct.SAME_FILE_CLASS);
                }
            }
            default -> { }
        }
        return rows;
    }

    /** The head, body and other parts of {@code n} (for a declaration: its initialiser and the statements after). */
    private static List<List<Node>> parts(Node n, Node parent) {
        List<Node> head = new ArrayList<>();
        List<Node> body = new ArrayList<>();
        List<Node> other = new ArrayList<>();
        Node s = n.kind == Kind.LABELED ? n.kid(0) : n;
        switch (s.kind) {
            case IF -> {
                head.add(s.kid(0));
                body.add(s.kid(1));
                if (s.kids.size() > 2) {
                    other.add(s.kid(2));
                }
            }
            case WHILE, DO, FOR, FOREACH -> {
                head.add(s.kid(0));
                body.add(s.kid(1));
                if (s.kids.size() > 2) {
                    head.add(s.kid(2));
                }
            }
            case SWITCH, SWITCH_EXPR -> {
                head.add(s.kid(0));
                for (Node c : s.kids.subList(1, s.kids.size())) {
                    if (c.aux != null && !c.kids.isEmpty()) {
                        other.add(c.kid(0));
                        body.addAll(c.kids.subList(1, c.kids.size()));
                    } else {
                        body.addAll(c.kids);
                    }
                }
            }
            case TRY -> {
                head.add(s.kid(0));
                body.add(s.kid(1));
                other.addAll(s.kids.subList(2, s.kids.size()));
            }
            case BLOCK -> body.add(s);
            case LOCAL_TYPE, DECL -> {
                List<Node> siblings = parent == null ? List.of() : parent.kids;
                int at = siblings.indexOf(n);
                if (s.kind == Kind.DECL) {
                    head.addAll(s.kids);
                } else if (at + 1 < siblings.size() && siblings.get(at + 1).kind == Kind.DECL) {
                    head.addAll(siblings.get(at + 1).kids); // the local of the new type
                    at++;
                }
                if (at >= 0) {
                    body.addAll(siblings.subList(at + 1, siblings.size()));
                }
            }
            default -> { }
        }
        return List.of(head, body, other);
    }

    private static void labels(Node n, Set<String> found) {
        if (n.kind == Kind.LABELED) {
            found.add(n.name);
        }
        for (Node kid : n.kids) {
            labels(kid, found);
        }
    }

    /**
     * The jumps in {@code n} that leave the construct: unlabeled ones not taken by a loop or switch statement nested
     * in it, labeled ones to a label outside it, returns.
     */
    private static void jumps(Node n, Set<String> innerLabels, boolean breakTaken, boolean continueTaken,
            Set<Jump> found) {
        switch (n.kind) {
            case BREAK -> {
                if (n.name != null ? !innerLabels.contains(n.name) : !breakTaken) {
                    found.add(n.name != null ? Jump.LABELED : Jump.BREAK);
                }
                return;
            }
            case CONTINUE -> {
                if (n.name != null ? !innerLabels.contains(n.name) : !continueTaken) {
                    found.add(n.name != null ? Jump.LABELED : Jump.CONTINUE);
                }
                return;
            }
            case RETURN -> {
                found.add(n.has(Node.RETURN_IP) ? Jump.RETURN_IP : Jump.RETURN);
                return;
            }
            case LAMBDA, SWITCH_EXPR -> {
                return; // nothing jumps out of these
            }
            default -> { }
        }
        boolean loop = n.kind == Kind.WHILE || n.kind == Kind.DO || n.kind == Kind.FOR || n.kind == Kind.FOREACH;
        boolean takesBreak = breakTaken || loop || n.kind == Kind.SWITCH;
        boolean takesContinue = continueTaken || loop;
        for (Node kid : n.kids) {
            jumps(kid, innerLabels, takesBreak, takesContinue, found);
        }
    }
}
