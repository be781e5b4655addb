package kaa.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a generated machine class knows about the coroutine it runs, for stack traces, dumps and {@code toString()}
 * (docs/debugging.md): the user's class, method and file, the original source line each generated line of the machine
 * runs, and the line each state starts at. One constant per machine class, returned by
 * {@link CoroutineMachine#debugInfo()}; creating it registers it by class name, so that a stack frame of the machine
 * class can be mapped back to the user's source.
 *
 * <p>The line table is a string of {@code generatedLine:originalLine} pairs, ascending, separated by spaces: each
 * pair says that generated lines from {@code generatedLine} up to the next pair's run the statement at
 * {@code originalLine}; original line 0 marks generated code that runs no statement of the user's. It is parsed on
 * first use, which is a failure or a dump, never a resumption.
 */
public final class MachineInfo {
    private static final Map<String, MachineInfo> BY_CLASS = new ConcurrentHashMap<>();
    private static final int[] NONE = {};

    private final String machineClass;
    private final String ownerClass;
    private final String method;
    private final String fileName;
    private final String lineTable;
    private final String stateLines;
    private volatile int[] generated;
    private volatile int[] original;
    private volatile int[] stateLine;

    /**
     * Describes the machine class {@code machine} and registers it by name.
     *
     * @param machine the generated machine class
     * @param ownerClass the binary name of the class that declares the coroutine
     * @param method the coroutine method's name
     * @param fileName the name of the user's source file
     * @param lineTable the generated line to original line table (see the class description)
     * @param stateLines the original line each state starts at, by state number, separated by spaces (0: none)
     */
    public MachineInfo(Class<?> machine, String ownerClass, String method, String fileName, String lineTable,
            String stateLines) {
        this.machineClass = machine.getName();
        this.ownerClass = ownerClass;
        this.method = method;
        this.fileName = fileName;
        this.lineTable = lineTable;
        this.stateLines = stateLines;
        BY_CLASS.put(machineClass, this);
    }

    /**
     * The descriptor of the machine class named {@code className}, if that class has been initialised.
     *
     * @param className a binary class name, as in a {@link StackTraceElement}
     * @return its descriptor, or null if it is not a machine class
     */
    public static MachineInfo forClass(String className) {
        return BY_CLASS.get(className);
    }

    /**
     * Whether {@code className} is an {@code X_Coroutines} class the processor generates: its methods only start
     * machines or hand {@code @Threaded} bodies to the runtime, so its frames say nothing the user wrote. Recognised
     * by the name the processor gives it (a top-level class whose name ends with {@code _Coroutines}).
     *
     * @param className a binary class name
     * @return whether its frames are generated plumbing
     */
    public static boolean isGeneratedPlumbing(String className) {
        int nested = className.indexOf('$');
        return (nested < 0 ? className : className.substring(0, nested)).endsWith("_Coroutines");
    }

    /**
     * The class that declares the coroutine.
     *
     * @return the binary name of the class that declares the coroutine
     */
    public String ownerClass() {
        return ownerClass;
    }

    /**
     * The coroutine method's name.
     *
     * @return the coroutine method's name
     */
    public String method() {
        return method;
    }

    /**
     * The user's source file.
     *
     * @return the name of the user's source file
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The coroutine's name for people.
     *
     * @return {@code Owner.method}, with nested class names joined by dots
     */
    public String displayName() {
        String simple = ownerClass.substring(ownerClass.lastIndexOf('.') + 1).replace('$', '.');
        return simple + "." + method;
    }

    /**
     * The original source line that generated line {@code generatedLine} runs.
     *
     * @param generatedLine a line of the machine's generated source file
     * @return the original line; 0 for generated code that runs no statement; -1 if the table does not cover it
     */
    public int originalLine(int generatedLine) {
        int[] from = generated;
        if (from == null) {
            parseTable();
            from = generated;
        }
        int[] to = original;
        int low = 0;
        int high = from.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (from[mid] <= generatedLine) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? -1 : to[found];
    }

    /**
     * The original line state {@code label} starts at: where a coroutine suspended with that label resumes.
     *
     * @param label a state number
     * @return the line, or 0 if unknown
     */
    public int stateLine(int label) {
        int[] lines = stateLine;
        if (lines == null) {
            lines = parseInts(stateLines);
            stateLine = lines;
        }
        return label >= 0 && label < lines.length ? lines[label] : 0;
    }

    private void parseTable() {
        if (lineTable.isEmpty()) {
            original = NONE;
            generated = NONE;
            return;
        }
        String[] pairs = lineTable.split(" ");
        int[] from = new int[pairs.length];
        int[] to = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int colon = pairs[i].indexOf(':');
            from[i] = Integer.parseInt(pairs[i], 0, colon, 10);
            to[i] = Integer.parseInt(pairs[i], colon + 1, pairs[i].length(), 10);
        }
        original = to;
        generated = from;
    }

    private static int[] parseInts(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        String[] parts = text.split(" ");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i]);
        }
        return values;
    }

    @Override
    public String toString() {
        return "MachineInfo[" + displayName() + " in " + fileName + ", machine " + machineClass + "]";
    }
}
