package kaa.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import kaa.processor.MachineStates.State;

/**
 * The debugging data of the machines (docs/debugging.md): which original source line each generated line of a
 * machine runs, and the machine's descriptor ({@code kaa.internal.MachineInfo}) that carries it to the runtime.
 *
 * <p>Each code part a state receives is prefixed with a marker comment naming the line of the user's statement being
 * lowered, and so is each {@code case}. The machines file is rendered once; {@link #finish} reads the markers' line
 * numbers, writes each machine's table into its descriptor's string constant (one line before and after, so no line
 * moves) and removes the markers (which sit inside lines, so no line moves either).
 */
final class LineTable {
    static final ClassName MACHINE_INFO = ClassName.get("kaa.internal", "MachineInfo");
    /** A constant string literal can hold 65 535 bytes; a table longer than this keeps its first entries. */
    private static final int MAX_TABLE = 60_000;
    private static final String PLACEHOLDER = "@@kaa-line-table:";
    private static final Pattern MARKER = Pattern.compile("/\\*@@(\\d+)@@\\*/");
    private static final Pattern QUOTED_PLACEHOLDER = Pattern.compile("\"" + PLACEHOLDER + "(\\w+)@@\"");

    private LineTable() {}

    /** The marker naming {@code line} (0: generated code that runs no statement of the user's). */
    static String marker(int line) {
        return "/*@@" + line + "@@*/";
    }

    /** {@code part}, preceded by the marker of {@code line}. */
    static Supplier<CodeBlock> marked(int line, Supplier<CodeBlock> part) {
        return () -> CodeBlock.builder().add("$L", marker(line)).add(part.get()).build();
    }

    /** The comment of a state's {@code case}: its description, after the file and line it starts at. */
    static String comment(State state, String fileName) {
        if (lineOf(state) <= 0 || state.comment.startsWith(fileName + ":")) {
            return state.comment;
        }
        return fileName + ":" + lineOf(state) + "  " + state.comment;
    }

    /**
     * The source line a state runs: that of the first statement lowered into it or, for a state of jumps only, of
     * the statement being lowered when it was placed.
     */
    static int lineOf(State state) {
        return state.line > 0 ? state.line : state.placedLine;
    }

    /**
     * Adds the descriptor to a machine: a constant, and the {@code debugInfo()} override that returns it. The
     * constant's line table is a placeholder until {@link #finish}.
     */
    static void describe(TypeSpec.Builder machine, String machineName, String constantName, CoroutineModel method,
            String fileName, List<State> states) {
        StringBuilder stateLines = new StringBuilder();
        for (State state : states) {
            stateLines.append(stateLines.length() == 0 ? "" : " ").append(lineOf(state));
        }
        machine.addField(FieldSpec.builder(MACHINE_INFO, constantName, Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T(\n$>$L.class, $S, $S, $S,\n$S,\n$S)$<", MACHINE_INFO, machineName,
                        method.ownerClass().reflectionName(), method.element().getSimpleName().toString(), fileName,
                        PLACEHOLDER + machineName + "@@", stateLines.toString())
                .build());
        machine.addMethod(MethodSpec.methodBuilder("debugInfo")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(MACHINE_INFO)
                .addStatement("return $N", constantName)
                .build());
    }

    /**
     * Turns the rendered machines file into the text to write: each machine's line table in place of its
     * placeholder (and in {@code tablesByMachine}, by the machine's simple name), and no markers. The markers after a machine's placeholder (its first member) and before the next
     * one's are that machine's.
     */
    static String finish(String rendered, Map<String, String> tablesByMachine) {
        String[] lines = rendered.split("\n", -1);
        List<Integer> placeholderLines = new ArrayList<>();
        List<StringBuilder> tables = new ArrayList<>();
        StringBuilder table = null;
        int lastOriginal = -1;
        for (int i = 0; i < lines.length; i++) {
            if (QUOTED_PLACEHOLDER.matcher(lines[i]).find()) {
                placeholderLines.add(i);
                table = new StringBuilder();
                tables.add(table);
                lastOriginal = -1;
            }
            Matcher marker = MARKER.matcher(lines[i]);
            if (!marker.find()) {
                continue;
            }
            int original = Integer.parseInt(marker.group(1));
            // A line whose marker names the line that runs already adds nothing to the table.
            if (table != null && original != lastOriginal && table.length() < MAX_TABLE) {
                table.append(table.length() == 0 ? "" : " ").append(i + 1).append(':').append(original);
                lastOriginal = original;
            }
            lines[i] = marker.replaceAll("");
        }
        for (int k = 0; k < placeholderLines.size(); k++) {
            int at = placeholderLines.get(k);
            Matcher placeholder = QUOTED_PLACEHOLDER.matcher(lines[at]);
            placeholder.find();
            tablesByMachine.put(placeholder.group(1), tables.get(k).toString());
            lines[at] = placeholder.replaceFirst(Matcher.quoteReplacement("\"" + tables.get(k) + "\""));
        }
        return String.join("\n", lines);
    }
}
