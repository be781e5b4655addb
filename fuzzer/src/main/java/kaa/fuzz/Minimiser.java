package kaa.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import kaa.fuzz.Node.Kind;
import kaa.fuzz.Outcome.Verdict;

/**
 * Shrinks a failing program while it keeps failing the same way: deletes statements, catch clauses, finally blocks,
 * resources, cases and else branches; unwraps compound statements into their bodies; replaces expressions by one of
 * their operands or a literal; turns later-finished values into finished ones; lowers loop bounds to one. Works on
 * the generator's tree, so every candidate is a whole program; a candidate javac rejects is simply not taken.
 *
 * <p>Candidates are tried smallest first, many per javac task; the first that still fails becomes the new program,
 * until no candidate fails.
 */
final class Minimiser {
    private static final int CANDIDATES_PER_COMPILE = 40;

    private final Evaluator evaluator;
    private final Consumer<String> log;

    Minimiser(Evaluator evaluator, Consumer<String> log) {
        this.evaluator = evaluator;
        this.log = log;
    }

    /** A minimised program failing with the same verdict as {@code failing} did, and its outcome. */
    Result minimise(Program failing, Outcome outcome) {
        Program best = failing;
        Outcome bestOutcome = outcome;
        if (outcome.abortAfter() >= 0) {
            best = best.withAbortAfter(outcome.abortAfter());
        }
        int rounds = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            List<Program> candidates = candidates(best);
            for (int from = 0; from < candidates.size() && !progress; from += CANDIDATES_PER_COMPILE) {
                List<Program> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(candidates.size(), from + CANDIDATES_PER_COMPILE); i++) {
                    chunk.add(candidates.get(i).withName(failing.name() + "M" + (i - from)));
                }
                List<Outcome> outcomes = evaluator.evaluate(chunk);
                for (int i = 0; i < chunk.size(); i++) {
                    if (sameFailure(outcome, outcomes.get(i))) {
                        best = chunk.get(i).withName(failing.name());
                        bestOutcome = outcomes.get(i);
                        progress = true;
                        break;
                    }
                }
            }
            rounds++;
            if (progress && rounds % 10 == 0) {
                log.accept("  minimising " + failing.name() + ": " + best.body().size() + " nodes after " + rounds
                        + " rounds");
            }
        }
        return new Result(best, bestOutcome, failing.body().size(), best.body().size());
    }

    /** The minimised program, its outcome, and the sizes before and after (in tree nodes). */
    record Result(Program program, Outcome outcome, int sizeBefore, int sizeAfter) {}

    private static boolean sameFailure(Outcome original, Outcome candidate) {
        if (candidate.verdict() != original.verdict()) {
            return false;
        }
        if (original.verdict() == Verdict.BAD_GENERATED_CODE || original.verdict() == Verdict.PROCESSOR_ERROR) {
            return signature(candidate.detail()).equals(signature(original.detail()));
        }
        return true;
    }

    /** A compile failure's message without file names, line numbers and identifiers of this program. */
    static String signature(String detail) {
        String first = detail.lines().filter(l -> l.startsWith("ERROR") || l.startsWith("WARNING")
                || l.startsWith("MANDATORY_WARNING")).filter(l -> !l.contains("-Werror")).findFirst().orElse(detail);
        return first.replaceAll("\\S+\\.java:\\d+: ", "").replaceAll("\\b[A-Z]\\w*\\d+\\w*", "P")
                .replaceAll("\\d+", "N");
    }

    // ------------------------------------------------------------------------------------------ candidates

    /** Every single-step reduction of {@code p}, smallest resulting program first. */
    static List<Program> candidates(Program p) {
        List<Program> result = new ArrayList<>();
        // The class first: without a member type, without its type variable (same body).
        for (String member : p.members()) {
            List<String> fewer = new ArrayList<>(p.members());
            fewer.remove(member);
            result.add(new Program(p.name(), p.origin(), p.instance(), p.declaresChecked(), p.returnType(),
                    p.abortable(), p.abortAfter(), p.body(), p.generic(), List.copyOf(fewer), p.release()));
        }
        if (p.generic()) {
            result.add(new Program(p.name(), p.origin(), p.instance(), p.declaresChecked(), p.returnType(),
                    p.abortable(), p.abortAfter(), p.body(), false, p.members(), p.release()));
        }
        int count = p.body().size();
        for (int index = 0; index < count; index++) {
            for (int op = 0; op < OPERATIONS; op++) {
                Node body = p.body().copy();
                if (apply(body, index, op) && renders(p.withBody(body))) {
                    result.add(p.withBody(body));
                }
            }
        }
        result.sort(Comparator.comparingInt(c -> c.body().size()));
        return result;
    }

    /** delete, operand, literal, simplify, and unwrap into one of up to six inner blocks. */
    private static final int OPERATIONS = 10;

    /** Whether the renderer can write the candidate (a deletion may leave a node without a required part). */
    private static boolean renders(Program candidate) {
        try {
            Renderer.batchSource(candidate);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Finds the {@code index}th node in pre-order (with its parent) and applies operation {@code op} to it. */
    private static boolean apply(Node root, int index, int op) {
        int[] counter = {index};
        Node[] found = new Node[2];
        find(root, null, counter, found);
        Node node = found[0];
        Node parent = found[1];
        if (node == null) {
            return false;
        }
        return switch (op) {
            case 0 -> delete(node, parent);
            case 1 -> replaceByOperand(node, parent);
            case 2 -> replaceByLiteral(node, parent);
            case 3 -> simplify(node);
            default -> unwrap(node, parent, op - 4);
        };
    }

    private static void find(Node n, Node parent, int[] counter, Node[] found) {
        if (found[0] != null) {
            return;
        }
        if (counter[0]-- == 0) {
            found[0] = n;
            found[1] = parent;
            return;
        }
        for (Node kid : n.kids) {
            find(kid, n, counter, found);
        }
    }

    /** Deletes a statement from its block, or an optional part of its parent. */
    private static boolean delete(Node node, Node parent) {
        if (parent == null) {
            return false;
        }
        boolean listed = (parent.kind == Kind.BLOCK || parent.kind == Kind.CASE) && node.kind.isStatement()
                && node.kind != Kind.YIELD_VALUE;
        boolean optional = switch (node.kind) {
            case CATCH, FINALLY, RESOURCE -> true;
            case CASE -> parent.kids.size() > 2;
            default -> false;
        };
        boolean elseBranch = parent.kind == Kind.IF && parent.kids.size() == 3 && parent.kid(2) == node;
        if (!listed && !optional && !elseBranch) {
            return false;
        }
        parent.kids.remove(node);
        return true;
    }

    /** Replaces a compound statement by the statements of its {@code which}th block. */
    private static boolean unwrap(Node node, Node parent, int which) {
        if (parent == null || parent.kind != Kind.BLOCK && parent.kind != Kind.CASE || !node.kind.isStatement()) {
            return false;
        }
        List<List<Node>> inner = new ArrayList<>();
        switch (node.kind) {
            case BLOCK -> inner.add(node.kids);
            case IF -> node.kids.subList(1, node.kids.size()).forEach(b -> inner.add(b.kids));
            case WHILE, DO, FOR, FOREACH -> inner.add(node.kid(1).kids);
            case LABELED -> {
                Node labeled = node.kid(0);
                inner.add(labeled.kind == Kind.BLOCK ? labeled.kids
                        : labeled.kind == Kind.SWITCH ? List.of(labeled) : labeled.kid(1).kids);
            }
            case TRY -> {
                inner.add(node.kid(1).kids);
                for (Node part : node.kids.subList(2, node.kids.size())) {
                    inner.add(part.kid(0).kids);
                }
            }
            case SWITCH -> {
                for (Node c : node.kids.subList(1, node.kids.size())) {
                    inner.add(c.kids.size() == 1 && c.kid(0).kind == Kind.BLOCK ? c.kid(0).kids : c.kids);
                }
            }
            default -> {
                return false;
            }
        }
        if (which >= inner.size()) {
            return false;
        }
        int at = parent.kids.indexOf(node);
        parent.kids.remove(at);
        parent.kids.addAll(at, inner.get(which));
        return true;
    }

    /** Replaces an expression by one of its operands of the same type. */
    private static boolean replaceByOperand(Node node, Node parent) {
        if (parent == null || node.kind.isStatement() || node.type == null) {
            return false;
        }
        Node operand = null;
        if (node.kind == Kind.YIELD) {
            Node awaited = node.kid(0);
            if (!awaited.kids.isEmpty() && awaited.kid(0).type == node.type) {
                operand = awaited.kid(0); // yield_(Fx.later(v)) -> v
            }
        } else {
            for (Node kid : node.kids) {
                if (kid.type == node.type && !kid.kind.isStatement()) {
                    operand = kid;
                    break;
                }
            }
        }
        if (operand == null || node.kind == Kind.ASSIGN || node.kind == Kind.INC) {
            return false;
        }
        parent.kids.set(parent.kids.indexOf(node), operand);
        return true;
    }

    /** Replaces a compound expression by a literal of its type. */
    private static boolean replaceByLiteral(Node node, Node parent) {
        if (parent == null || node.kind.isStatement() || node.type == null || node.kind == Kind.LIT
                || node.kind == Kind.VAR) {
            return false;
        }
        String literal = switch (node.type) {
            case INT -> "1";
            case LONG -> "1L";
            case BOOL -> "true";
            case STRING -> "\"a\"";
            case ENUM -> "E.A";
            default -> null;
        };
        if (literal == null) {
            return false;
        }
        parent.kids.set(parent.kids.indexOf(node), Node.of(Kind.LIT, literal).typed(node.type));
        return true;
    }

    /** A value finished later becomes one finished already; a loop runs once; a checked await becomes plain. */
    private static boolean simplify(Node node) {
        if (node.kind == Kind.CALL && (node.name.equals("Fx.later") || node.name.equals("Fx.later0"))) {
            node.name = "Fx.now";
            return true;
        }
        if ((node.kind == Kind.WHILE || node.kind == Kind.DO || node.kind == Kind.FOR) && node.bound > 1) {
            node.bound = 1;
            return true;
        }
        if (node.kind == Kind.YIELD && node.has(Node.CHECKED)) {
            node.flags &= ~Node.CHECKED;
            return true;
        }
        return false;
    }
}
