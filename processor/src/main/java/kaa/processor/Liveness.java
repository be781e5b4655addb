package kaa.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kaa.processor.MachineStates.Region;
import kaa.processor.MachineStates.State;

/**
 * Which reference fields a suspended machine may still need (docs/lowering.md, pass 5): a field is live at a state
 * when that state, or a state reachable from it by jumps, resumptions or exception handlers, mentions it. At each
 * suspension the fields that are dead where the body resumes are set to null, so a long-suspended coroutine keeps
 * nothing alive that it no longer needs. Mentions are read off the rendered code of each state: every field has a
 * unique name, so a whole-word match outside string and character literals is exact.
 */
final class Liveness {
    /** String and character literals: a field's name inside one is not a use. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");

    private final Map<State, Set<String>> liveIn = new HashMap<>();
    private List<String> referenceFields = List.of();
    private boolean computed;

    /**
     * Computes liveness from each state's rendered text and successors. {@code referenceFields} are the fields
     * that may be cleared, in declaration order.
     */
    void compute(Map<State, String> code, Map<State, Set<State>> successors, List<String> referenceFields) {
        this.referenceFields = referenceFields;
        Map<State, Set<String>> mentions = new LinkedHashMap<>();
        for (Map.Entry<State, String> entry : code.entrySet()) {
            String text = LITERAL.matcher(entry.getValue()).replaceAll("\"\"");
            Set<String> used = new HashSet<>();
            for (String field : referenceFields) {
                // Identifier boundaries: \\b would not see the edge of a name like $state.
                if (Pattern.compile("(?<![\\w$])" + Pattern.quote(field) + "(?![\\w$])").matcher(text).find()) {
                    used.add(field);
                }
            }
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
