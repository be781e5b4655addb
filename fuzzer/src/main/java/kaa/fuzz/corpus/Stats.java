package kaa.fuzz.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a corpus run counted, per code base. */
final class Stats {
    /** Outcomes of one method. The first seven are the processor's; the rest say why a method was not tried. */
    enum Outcome {
        /** Compiled with the processor, and both versions gave the same results on generated inputs. */
        RAN_EQUAL,
        /** Compiled with the processor (no differential run, or every input timed out in the plain version). */
        COMPILED,
        /** A tagged compile error from the processor: a documented limitation. */
        REJECTED,
        /** The coroutine and the plain version disagreed on some input. */
        DIVERGED,
        /** {@code [kaa.internal-error]}, or an exception thrown out of the processor. */
        PROCESSOR_EXCEPTION,
        /** An exception from javac itself while compiling with the processor. */
        JAVAC_CRASH,
        /** An error whose source is a generated file ({@code *_Coroutines.java}, {@code *_CoroutineMachines.java}). */
        GENERATED_REJECTED,
        /** An untagged error in the user's class that the plain compile did not have. */
        UNTAGGED_ERROR,
        /** The plain transformed class does not compile (-proc:none): the method is not self-contained. */
        NOT_SELF_CONTAINED,
        /** javac crashed on the plain transformed class (javac's bug, not counted against the processor). */
        PLAIN_JAVAC_CRASH
    }

    final Map<String, Map<Outcome, Integer>> outcomes = new TreeMap<>();
    final Map<String, Map<String, Integer>> tags = new TreeMap<>();
    final Map<String, Integer> files = Collections.synchronizedMap(new TreeMap<>());
    final Map<String, Integer> unparsed = Collections.synchronizedMap(new TreeMap<>());
    /** Deliberate misplaced yield_: rejected with the expected tag / anything else. */
    final Map<String, Integer> misplaced = Collections.synchronizedMap(new TreeMap<>());
    final Map<String, Integer> notSelfContainedReasons = Collections.synchronizedMap(new TreeMap<>());
    int differentialMethods;
    int differentialInputs;
    int differentialTimeouts;
    final List<String> findings = new ArrayList<>();

    synchronized void count(String codeBase, Outcome outcome) {
        outcomes.computeIfAbsent(codeBase, k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }

    synchronized void tag(String codeBase, String tag) {
        tags.computeIfAbsent(codeBase, k -> new TreeMap<>()).merge(tag, 1, Integer::sum);
    }

    synchronized int get(String codeBase, Outcome outcome) {
        return outcomes.getOrDefault(codeBase, Map.of()).getOrDefault(outcome, 0);
    }

    int total(Outcome outcome) {
        int n = 0;
        for (String cb : outcomes.keySet()) {
            n += get(cb, outcome);
        }
        return n;
    }

    /** Methods whose plain transformed version compiled: the ones the processor was tried on. */
    int tried(String codeBase) {
        int n = 0;
        for (Outcome o : Outcome.values()) {
            if (o.ordinal() < Outcome.NOT_SELF_CONTAINED.ordinal()) {
                n += get(codeBase, o);
            }
        }
        return n;
    }

    int tried() {
        int n = 0;
        for (String cb : outcomes.keySet()) {
            n += tried(cb);
        }
        return n;
    }

    /** The failures the processor must not have. */
    int failures() {
        return total(Outcome.DIVERGED) + total(Outcome.PROCESSOR_EXCEPTION) + total(Outcome.JAVAC_CRASH)
                + total(Outcome.GENERATED_REJECTED) + total(Outcome.UNTAGGED_ERROR);
    }

    synchronized String report() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-22s %8s %8s %8s", "code base", "files", "methods", "tried"));
        for (Outcome o : Outcome.values()) {
            if (o != Outcome.NOT_SELF_CONTAINED) {
                s.append(' ').append(o.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        s.append('\n');
        for (String cb : outcomes.keySet()) {
            int methods = tried(cb) + get(cb, Outcome.NOT_SELF_CONTAINED) + get(cb, Outcome.PLAIN_JAVAC_CRASH);
            s.append(String.format("%-22s %8d %8d %8d", cb, files.getOrDefault(cb, 0), methods, tried(cb)));
            for (Outcome o : Outcome.values()) {
                if (o != Outcome.NOT_SELF_CONTAINED) {
                    s.append(' ').append(get(cb, o));
                }
            }
            s.append("   (not self-contained ").append(get(cb, Outcome.NOT_SELF_CONTAINED)).append(", unparsed files ")
                    .append(unparsed.getOrDefault(cb, 0)).append(")\n");
        }
        s.append("tried ").append(tried()).append("; crashes ").append(total(Outcome.JAVAC_CRASH))
                .append(", processor exceptions ").append(total(Outcome.PROCESSOR_EXCEPTION))
                .append(", generated code rejected ").append(total(Outcome.GENERATED_REJECTED))
                .append(", untagged errors ").append(total(Outcome.UNTAGGED_ERROR))
                .append(", divergences ").append(total(Outcome.DIVERGED)).append('\n');
        for (var e : tags.entrySet()) {
            s.append("rejected in ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        s.append("differential: ").append(differentialMethods).append(" methods, ").append(differentialInputs)
                .append(" inputs run on both, ").append(differentialTimeouts).append(" timed out\n");
        s.append("deliberately misplaced yield_(): ").append(misplaced).append('\n');
        List<Map.Entry<String, Integer>> reasons;
        synchronized (notSelfContainedReasons) {
            reasons = new ArrayList<>(notSelfContainedReasons.entrySet());
        }
        reasons.sort((a, b) -> b.getValue() - a.getValue());
        s.append("not self-contained, first error:");
        for (int i = 0; i < Math.min(8, reasons.size()); i++) {
            s.append(' ').append(reasons.get(i).getKey()).append(" (").append(reasons.get(i).getValue()).append(')');
        }
        s.append('\n');
        for (String f : findings) {
            s.append("finding: ").append(f).append('\n');
        }
        return s.toString();
    }
}
