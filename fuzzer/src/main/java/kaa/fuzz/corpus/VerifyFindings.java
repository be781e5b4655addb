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
 * (else the method was not self-contained after all), and with it it must still fail (else the finding is fixed) with
 * an error that is not a tagged rejection (a documented limitation is no finding: {@code REJECTED [kaa.tag]}).
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
                kaa.fuzz.BatchCompiler.Result r = compiler.compile(sources, true, false);
                String tag = documentedRejection(r);
                String verdict = !plain ? "NOT-SELF-CONTAINED" : r.success() ? "FIXED"
                        : tag != null ? "REJECTED " + tag : "reproduces";
                if (!plain || r.success() || tag != null) {
                    bad++;
                }
                System.out.println(verdict + " " + base);
            }
        }
        System.out.println(files.size() + " findings, " + bad + " that no longer show a processor failure");
    }

    private static final Pattern TAG = Pattern.compile("\\[kaa\\.([a-z-]+)\\]");

    /**
     * The tag when every error is a tagged rejection other than an internal error (a documented limitation, which the
     * corpus counts as rejected, not as a failure), else null.
     */
    private static String documentedRejection(kaa.fuzz.BatchCompiler.Result r) {
        String tag = null;
        if (r.crash() != null) {
            return null;
        }
        for (var d : r.diagnostics()) {
            String file = kaa.fuzz.BatchCompiler.className(d);
            if (d.getKind() != javax.tools.Diagnostic.Kind.ERROR
                    || file != null && (file.endsWith("_Coroutines") || file.endsWith("_CoroutineMachines"))) {
                continue; // the corpus's javac goes on after errors: X_Coroutines then misses the machines not written
            }
            Matcher m = TAG.matcher(d.getMessage(java.util.Locale.ROOT));
            if (!m.find() || m.group(1).equals("internal-error")) {
                return null;
            }
            tag = tag == null ? "[kaa." + m.group(1) + "]" : tag;
        }
        return tag;
    }
}
