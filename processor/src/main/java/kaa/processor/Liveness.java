package kaa.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kaa.processor.MachineStates.Region;
import kaa.processor.MachineStates.State;

/**
 * Which reference fields a suspended machine may still need (docs/lowering.md, pass 5): a field is live at a state
 * when that state, or a state reachable from it by jumps, resumptions or exception handlers, mentions it. At each
 * suspension the fields that are dead where the body resumes are set to null, so a long-suspended coroutine keeps
 * nothing alive that it no longer needs. Mentions are read off the rendered code of each state: every field has a
 * unique name, so an identifier of that name outside comments and literals is a use of it.
 */
final class Liveness {
    private final Map<State, Set<String>> liveIn = new HashMap<>();
    private List<String> referenceFields = List.of();
    private boolean computed;

    /**
     * Computes liveness from each state's rendered text and successors. {@code referenceFields} are the fields
     * that may be cleared, in declaration order.
     */
    void compute(Map<State, String> code, Map<State, Set<State>> successors, List<String> referenceFields) {
        this.referenceFields = referenceFields;
        Set<String> fields = new HashSet<>(referenceFields);
        Map<State, Set<String>> mentions = new LinkedHashMap<>();
        for (Map.Entry<State, String> entry : code.entrySet()) {
            Set<String> used = identifiers(entry.getValue());
            used.retainAll(fields);
            mentions.put(entry.getKey(), used);
            liveIn.put(entry.getKey(), new HashSet<>(used));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (State state : mentions.keySet()) {
                Set<String> live = liveIn.get(state);
                for (State next : successorsWithHandlers(state, successors)) {
                    Set<String> nextLive = liveIn.get(next);
                    if (nextLive != null && live.addAll(nextLive)) {
                        changed = true;
                    }
                }
            }
        }
        computed = true;
    }

    /**
     * The identifiers in {@code code}, outside comments and string, text block and character literals: one pass,
     * so a body with a thousand fields and states costs what its text does.
     */
    static Set<String> identifiers(String code) {
        Set<String> result = new HashSet<>();
        int n = code.length();
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
                    i++;
                }
                result.add(code.substring(start, i));
            } else if (Character.isDigit(c)) {
                // A number, with its suffix or exponent letters: not an identifier.
                while (i < n && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '.')) {
                    i++;
                }
            } else if (code.startsWith("//", i)) {
                i = lineEnd(code, i);
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                i = literalEnd(code, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                i = literalEnd(code, i + 1, String.valueOf(c));
            } else {
                i++;
            }
        }
        return result;
    }

    private static int lineEnd(String code, int from) {
        int end = code.indexOf('\n', from);
        return end < 0 ? code.length() : end + 1;
    }

    /** The index after the literal's closing {@code quote}, skipping escapes. */
    private static int literalEnd(String code, int from, String quote) {
        int i = from;
        while (i < code.length()) {
            if (code.charAt(i) == '\\') {
                i += 2;
            } else if (code.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return i;
    }

    private static List<State> successorsWithHandlers(State state, Map<State, Set<State>> successors) {
        List<State> result = new ArrayList<>(successors.getOrDefault(state, Set.of()));
        for (Region r = state.region; r != null; r = r.parent) {
            result.add(r.handler);
        }
        return result;
    }

    /**
     * The statements that clear, before suspending, every reference field dead at {@code resume}: printed when the
     * file is written, after {@link #compute}; empty before.
     */
    Object clearsBeforeResumingAt(State resume) {
        return new Object() {
            @Override
            public String toString() {
                if (!computed) {
                    return "";
                }
                Set<String> live = liveIn.getOrDefault(resume, Set.of());
                StringBuilder clears = new StringBuilder();
                for (String field : referenceFields) {
                    if (!live.contains(field)) {
                        clears.append(field).append(" = null;\n");
                    }
                }
                return clears.toString();
            }
        };
    }
}
