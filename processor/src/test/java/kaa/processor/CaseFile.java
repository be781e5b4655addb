package kaa.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compile-and-run case: a Java source whose leading {@code //} comment holds what must happen when it is compiled
 * with the processor and run. The format is documented in {@code src/test/resources/cases/README.md}.
 *
 * @param name the path relative to the cases directory, '/' separated: the test's display name
 * @param mainClass the binary name of the class whose {@code main} runs: the file name without {@code .java}
 * @param skipReason why the case is skipped, if it is
 * @param expectedOutput the exact stdout lines, for an {@code OUTPUT} case
 * @param expectedError a text the compile error's message must contain, for an {@code ERROR} case
 * @param expectedErrorLine the line the compile error must be reported on, for an {@code ERROR} case
 * @param release the Java release the case is compiled for ({@code --release}): 17 unless it says otherwise
 */
record CaseFile(
        Path path,
        String name,
        String mainClass,
        Optional<String> skipReason,
        Optional<List<String>> expectedOutput,
        Optional<String> expectedError,
        int expectedErrorLine,
        int release) {

    private static final Pattern DIRECTIVE = Pattern.compile("//\\s*([A-Z][A-Z-]*):\\s*(.*)");

    boolean expectsError() {
        return expectedError.isPresent();
    }

    static CaseFile parse(Path casesDir, Path path) throws IOException {
        String name = casesDir.relativize(path).toString().replace('\\', '/');
        String fileName = path.getFileName().toString();
        String mainClass = fileName.substring(0, fileName.length() - ".java".length());
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);

        String skip = null;
        List<String> output = null;
        String error = null;
        Integer errorLine = null;
        int release = 17;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith("//"); i++) {
            String line = lines.get(i);
            if (output != null) {
                output.add(line.startsWith("// ") ? line.substring(3) : line.substring(2));
                continue;
            }
            Matcher directive = DIRECTIVE.matcher(line.strip());
            if (!directive.matches()) {
                continue; // free text describing the case
            }
            String value = directive.group(2).strip();
            switch (directive.group(1)) {
                case "OUTPUT" -> {
                    require(value.isEmpty(), name, "'// OUTPUT:' takes no value; the expected lines follow it");
                    output = new ArrayList<>();
                }
                case "ERROR" -> error = value;
                case "ERROR-LINE" -> errorLine = parseLine(value, name);
                case "SKIP" -> skip = value;
                case "RELEASE" -> release = parseLine(value, name);
                default -> throw new IllegalArgumentException(
                        name + ": unknown directive '" + directive.group(1)
                                + "' (known: OUTPUT, ERROR, ERROR-LINE, SKIP, RELEASE)");
            }
        }
        require(output != null ^ error != null, name, "needs exactly one of '// OUTPUT:' and '// ERROR: <text>'");
        require(error == null || !error.isEmpty(), name, "'// ERROR:' needs the text the message must contain");
        require((error != null) == (errorLine != null), name, "'// ERROR:' and '// ERROR-LINE: <n>' go together");
        require(skip == null || !skip.isEmpty(), name, "'// SKIP:' needs a reason");
        require(errorLine == null || errorLine <= lines.size(), name, "ERROR-LINE is past the end of the file");
        return new CaseFile(path, name, mainClass, Optional.ofNullable(skip), Optional.ofNullable(output),
                Optional.ofNullable(error), errorLine == null ? 0 : errorLine, release);
    }

    private static int parseLine(String value, String name) {
        try {
            int line = Integer.parseInt(value);
            require(line > 0, name, "ERROR-LINE must be a positive line number");
            return line;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": ERROR-LINE must be a line number, not '" + value + "'", e);
        }
    }

    private static void require(boolean condition, String name, String message) {
        if (!condition) {
            throw new IllegalArgumentException(name + ": " + message);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
