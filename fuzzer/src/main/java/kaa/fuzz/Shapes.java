package kaa.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kaa.fuzz.Node.Kind;

/**
 * A program's shape: the multiset of (construct, statement depth, suspends inside) over its tree, hashed. Two
 * programs that differ only in names, literals and operators have the same shape.
 */
final class Shapes {
    private Shapes() {}

    static long shape(Program p) {
        List<String> parts = new ArrayList<>();
        collect(p.body(), 0, parts);
        Collections.sort(parts);
        long hash = 1125899906842597L;
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                hash = 31 * hash + part.charAt(i);
            }
            hash = 31 * hash + ';';
        }
        return hash ^ (p.instance() ? 1 : 0);
    }

    private static void collect(Node n, int depth, List<String> parts) {
        if (n.kind != Kind.LIT && n.kind != Kind.VAR) {
            parts.add(n.kind + "@" + depth + (n.suspends() ? "*" : ""));
        }
        int next = n.kind.isStatement() && n.kind != Kind.BLOCK ? depth + 1 : depth;
        for (Node kid : n.kids) {
            collect(kid, next, parts);
        }
    }
}
