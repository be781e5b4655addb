package kaa.fuzz;

import kaa.fuzz.Node.Kind;

/**
 * JLS 14.22 "can complete normally" for generated statements, and whether a block can throw {@code Fx.Checked}: the
 * generator never writes a statement after one that cannot complete normally, nor a {@code catch (Fx.Checked e)}
 * for a body that cannot throw it, both javac errors.
 */
final class Reachability {
    private Reachability() {}

    static boolean canComplete(Node s) {
        return canComplete(s, null);
    }

    /** {@code label}: the label of the LABELED statement around {@code s}, if any. */
    static boolean canComplete(Node s, String label) {
        return switch (s.kind) {
            case BLOCK -> s.kids.isEmpty() || canComplete(s.kids.get(s.kids.size() - 1));
            case IF -> s.kids.size() < 3 || canComplete(s.kid(1)) || canComplete(s.kid(2));
            // Loop conditions are never constant (a counter bounds every loop).
            case WHILE, FOR, FOREACH -> true;
            case DO -> canComplete(s.kid(1)) || jumpsTo(s.kid(1), Kind.CONTINUE, label, true)
                    || jumpsTo(s.kid(1), Kind.BREAK, label, true);
            case LABELED -> canComplete(s.kid(0), s.name) || jumpsTo(s.kid(0), Kind.BREAK, s.name, false);
            case BREAK, CONTINUE, RETURN, THROW, YIELD_VALUE -> false;
            case SWITCH -> switchCanComplete(s, label);
            case TRY -> tryCanComplete(s);
            default -> true;
        };
    }

    private static boolean switchCanComplete(Node s, String label) {
        boolean hasDefault = false;
        for (Node c : s.kids.subList(1, s.kids.size())) {
            hasDefault |= c.name.equals("default");
            if (jumpsTo(c, Kind.BREAK, label, true)) {
                return true;
            }
            if (s.has(Node.ARROW)) {
                Node arm = c.kids.get(c.kids.size() - 1); // after a guard, if any
                if (arm.kind == Kind.EXPR || arm.kind == Kind.BLOCK && canComplete(arm)) {
                    return true;
                }
            }
        }
        if (!hasDefault) {
            return true;
        }
        if (!s.has(Node.ARROW)) {
            Node last = s.kids.get(s.kids.size() - 1);
            return last.kids.isEmpty() || canComplete(last.kids.get(last.kids.size() - 1));
        }
        return false;
    }

    private static boolean tryCanComplete(Node s) {
        boolean normally = canComplete(s.kid(1));
        Node fin = null;
        for (Node c : s.kids.subList(2, s.kids.size())) {
            if (c.kind == Kind.CATCH) {
                normally |= canComplete(c.kid(0));
            } else {
                fin = c;
            }
        }
        return normally && (fin == null || canComplete(fin.kid(0)));
    }

    /**
     * Whether {@code within} holds a {@code jump} (BREAK or CONTINUE) to the statement it is the body of: labeled
     * with {@code label}, or, if {@code unlabeled}, one whose innermost target is that statement.
     */
    static boolean jumpsTo(Node within, Kind jump, String label, boolean unlabeled) {
        if (within.kind == jump) {
            return within.name == null ? unlabeled : within.name.equals(label);
        }
        if (within.kind == Kind.SWITCH_EXPR || within.kind == Kind.LAMBDA) {
            return false; // nothing jumps out of these
        }
        boolean innerTarget = switch (within.kind) {
            case WHILE, DO, FOR, FOREACH -> true;
            case SWITCH -> jump == Kind.BREAK;
            default -> false;
        };
        for (Node kid : within.kids) {
            if (jumpsTo(kid, jump, label, unlabeled && !innerTarget)) {
                return true;
            }
        }
        return false;
    }

    /** Whether javac sees that {@code s} can throw {@code Fx.Checked} out of itself. */
    static boolean throwsChecked(Node s) {
        switch (s.kind) {
            case THROW:
                if (s.kid(0).kind == Kind.NEW && s.kid(0).name.equals("Fx.Checked")) {
                    return true;
                }
                break;
            case CALL:
                if (s.name.equals("Fx.check")) {
                    return true;
                }
                break;
            case YIELD:
                if (s.has(Node.CHECKED)) {
                    return true;
                }
                break;
            case LAMBDA:
                return false;
            case TRY:
                boolean caught = false;
                for (Node c : s.kids) {
                    if (c.kind == Kind.CATCH && catchesChecked(c.aux)) {
                        caught = true;
                    }
                }
                for (int i = 0; i < s.kids.size(); i++) {
                    if ((i != 1 || !caught) && throwsChecked(s.kid(i))) {
                        return true;
                    }
                }
                return false;
            default:
                break;
        }
        for (Node kid : s.kids) {
            if (throwsChecked(kid)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a catch clause of these types catches {@code Fx.Checked}. */
    static boolean catchesChecked(String types) {
        for (String type : types.split(" \\| ")) {
            if (type.equals("Fx.Checked") || type.equals("Exception") || type.equals("Throwable")) {
                return true;
            }
        }
        return false;
    }
}
