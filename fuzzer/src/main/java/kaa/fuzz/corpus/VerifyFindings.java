package kaa.fuzz.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the files of {@code corpus-findings/}, each compiled alone, in process: without the processor it must compile
 * (else the method was not self-contained after all), and with it it must still fail (else the finding is fixed).
 * Usage: {@code VerifyFindings DIR [CLASSPATH]} (the class path of the code bases' jars; default: the JVM's).
 */
public final class VerifyFindings {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    private VerifyFindings() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String cp = args.length > 1 ? args[1] : System.getProperty("java.class.path");
        List<Path> classPath = new ArrayList<>();
        for (String p : cp.split(java.io.File.pathSeparator)) {
            if (!p.isEmpty()) {
                classPath.add(Path.of(p));
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        int bad = 0;
        try (CorpusCompiler compiler = new CorpusCompiler(classPath)) {
            for (Path f : files) {
                String text = Files.readString(f);
                Matcher m = PACKAGE.matcher(text);
                String base = f.getFileName().toString().replace(".java", "");
                String name = m.find() ? m.group(1) + "." + base : base;
                Map<String, String> sources = Map.of(name, text);
                boolean plain = compiler.compile(sources, false, false).success();
                boolean withProcessor = compiler.compile(sources, true, false).success();
                String verdict = !plain ? "NOT-SELF-CONTAINED" : withProcessor ? "FIXED" : "reproduces";
                if (!plain || withProcessor) {
                    bad++;
                }
                System.out.println(verdict + " " + base);
            }
        }
        System.out.println(files.size() + " findings, " + bad + " that no longer show a processor failure");
    }
}
