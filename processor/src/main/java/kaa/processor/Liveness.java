package kaa.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.palantir.javapoet.CodeBlock;

import kaa.processor.MachineStates.Lazy;
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
    /** The fields that may hold a reference when each state is entered, and when it ends. */
    private final Map<State, Set<String>> possiblySetIn = new HashMap<>();
    private final Map<State, Set<String>> possiblySetOut = new HashMap<>();
    /** Each suspension: the state that suspends, and the state where it resumes. */
    private final Map<State, State> suspensions = new HashMap<>();
    private List<String> referenceFields = List.of();
    private boolean computed;

    /**
     * Computes liveness from each state's rendered text and successors. {@code referenceFields} are the fields
     * that may be cleared, in declaration order; {@code setByConstructor}, those that hold a value from the start.
     */
    void compute(Map<State, String> code, Map<State, Set<State>> successors, List<String> referenceFields,
            List<String> setByConstructor) {
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
        computePossiblySet(mentions, successors, setByConstructor);
        computed = true;
    }

    /**
     * Which fields may hold a reference where each state begins and ends: the parameters at the start (the
     * constructor stores them), then what a state mentions. A state begins by clearing what may be set but is dead
     * there ({@link #entryClears}: a field dies once, where the paths from its last uses meet), and a suspension
     * clears what is dead where it resumes, on both its paths (suspended, or the value there already), so its edge
     * carries only what is live there. Before, every suspension of a long body cleared every dead field again (a
     * field set on a path that skipped the suspensions in between might still hold its value): generated code
     * quadratic in the body's length (usertest finding 12).
     */
    private void computePossiblySet(Map<State, Set<String>> mentions, Map<State, Set<State>> successors,
            List<String> setByConstructor) {
        Map<State, Set<String>> in = new HashMap<>();
        if (mentions.isEmpty()) {
            return;
        }
        State first = mentions.keySet().iterator().next();
        in.put(first, new HashSet<>(setByConstructor));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (State state : mentions.keySet()) {
                Set<String> out = new HashSet<>(in.getOrDefault(state, Set.of()));
                possiblySetIn.put(state, new HashSet<>(out));
                out.retainAll(liveIn.getOrDefault(state, Set.of()));
                out.addAll(mentions.get(state));
                possiblySetOut.put(state, out);
                State resume = suspensions.get(state);
                for (State next : successorsWithHandlers(state, successors)) {
                    Set<String> carried = out;
                    if (next == resume) {
                        carried = new HashSet<>(out);
                        carried.retainAll(liveIn.getOrDefault(resume, Set.of()));
                    }
                    if (in.computeIfAbsent(next, k -> new HashSet<>()).addAll(carried)) {
                        changed = true;
                    }
                }
            }
        }
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
     * The statements that begin {@code state}: they clear the reference fields that may hold a value there but are
     * dead. Printed when the file is written, after {@link #compute}.
     */
    CodeBlock entryClears(State state) {
        return CodeBlock.of("$L", new Lazy(() -> {
            if (!computed) {
                return "";
            }
            return nulling(deadButSet(possiblySetIn.get(state), liveIn.get(state)));
        }));
    }

    /** Records that {@code from} ends with a suspension that resumes at {@code resume}. */
    void suspendsAt(State from, State resume) {
        suspensions.put(from, resume);
    }

    /**
     * The suspension at the end of {@code from} ({@link #suspendsAt}): {@code call} ({@code await(ip, n)} or
     * {@code yieldSlice(n)}) and the statements that clear every reference field dead at {@code resume} that may hold
     * one there, on both its paths: before the call when the call does not read them, else in its block and after
     * it. The clears are printed when the file is written, after {@link #compute}.
     */
    CodeBlock suspension(State from, State resume, CodeBlock call, Object outOfResume) {
        String callText = call.toString();
        Lazy before = new Lazy(() -> clears(from, resume, callText, false));
        Lazy inside = new Lazy(() -> clears(from, resume, callText, true));
        return CodeBlock.of("$Lif ($L) {\n$>$L$L\n$<}\n$L", before, call, inside, outOfResume, inside);
    }

    /** The clears of a suspension ({@link #suspension}): those before the call, or those inside and after it. */
    private String clears(State from, State resume, String callText, boolean readByCall) {
        if (!computed) {
            return "";
        }
        List<String> cleared = deadButSet(possiblySetOut.get(from), liveIn.get(resume));
        if (cleared.isEmpty() || readByCall == java.util.Collections.disjoint(identifiers(callText), cleared)) {
            return "";
        }
        return nulling(cleared);
    }

    /** The reference fields, in declaration order, that may hold a value ({@code set}) but are not {@code live}. */
    private List<String> deadButSet(Set<String> set, Set<String> live) {
        List<String> fields = new ArrayList<>();
        for (String field : referenceFields) {
            if (set != null && set.contains(field) && (live == null || !live.contains(field))) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static String nulling(List<String> fields) {
        StringBuilder code = new StringBuilder();
        fields.forEach(field -> code.append(field).append(" = null;\n"));
        return code.toString();
    }
}
