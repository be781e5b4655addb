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
 * @param expectedErrorLine the line the compile error must be reported on, for an {@code ERROR} case: the one line
 *     marked {@code // error here}
 * @param release the Java release the case is compiled for ({@code --release}): 17 unless it says otherwise
 * @param attribution how the processor attributes the case's bodies ({@code -Akaa.attribution}), when the case is
 *     about one way only: {@code copy} or {@code in-place}
 */
record CaseFile(
        Path path,
        String name,
        String mainClass,
        Optional<String> skipReason,
        Optional<List<String>> expectedOutput,
        Optional<String> expectedError,
        int expectedErrorLine,
        int release,
        Optional<String> attribution) {

    /** The trailing comment that marks the line an {@code ERROR} case's error must be reported on. */
    static final String ERROR_MARKER = "// error here";
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
        int release = 17;
        String attribution = null;
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
                case "SKIP" -> skip = value;
                case "RELEASE" -> release = parseLine(value, name);
                case "ATTRIBUTION" -> {
                    require(value.equals("copy") || value.equals("in-place"), name,
                            "'// ATTRIBUTION:' is 'copy' or 'in-place'");
                    attribution = value;
                }
                default -> throw new IllegalArgumentException(
                        name + ": unknown directive '" + directive.group(1)
                                + "' (known: OUTPUT, ERROR, SKIP, RELEASE, ATTRIBUTION)");
            }
        }
        require(output != null ^ error != null, name, "needs exactly one of '// OUTPUT:' and '// ERROR: <text>'");
        require(error == null || !error.isEmpty(), name, "'// ERROR:' needs the text the message must contain");
        int errorLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(ERROR_MARKER) && !lines.get(i).startsWith("//")) {
                require(errorLine == 0, name, "more than one line marked '" + ERROR_MARKER + "'");
                errorLine = i + 1;
            }
        }
        require((error != null) == (errorLine != 0), name, "'// ERROR:' goes with one line marked '" + ERROR_MARKER
                + "', the line the error must be reported on");
        require(skip == null || !skip.isEmpty(), name, "'// SKIP:' needs a reason");
        return new CaseFile(path, name, mainClass, Optional.ofNullable(skip), Optional.ofNullable(output),
                Optional.ofNullable(error), errorLine, release, Optional.ofNullable(attribution));
    }

    private static int parseLine(String value, String name) {
        try {
            int release = Integer.parseInt(value);
            require(release >= 17, name, "RELEASE must be 17 or later");
            return release;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": RELEASE must be a Java release, not '" + value + "'", e);
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
