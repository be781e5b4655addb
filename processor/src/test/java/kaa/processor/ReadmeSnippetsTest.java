package kaa.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet of the README, exactly as written, compiled with the processor and, where it does something, run
 * and checked against what the README says it does. A snippet that is a fragment (a method, statements) gets the
 * least scaffolding a reader would write around it: the imports, a class, the names it takes as given. The
 * scaffolding is here, the snippet's text is read from {@code README.md}, so the two cannot drift apart; a new
 * snippet without a harness here fails {@link #everySnippetHasAHarness}.
 *
 * <p>{@code .ci/readme-project.sh} builds the first example and the Maven snippets as a fresh project; this test
 * covers every snippet, in-process.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../README.md").toAbsolutePath().normalize();

    /** The imports every scaffolded file starts with: the README's own `import kaa.*; import static kaa.Async.*;`. */
    private static final String KAA_IMPORTS = "import kaa.*;\nimport static kaa.Async.*;\n";

    /** The README's ```java blocks, each with its first line's number. */
    record Snippet(int line, String text) {
        boolean contains(String marker) {
            return text.contains(marker);
        }
    }

    /**
     * How one snippet is tried: recognised by {@code marker}, made into files (name to text, package {@code readme}
     * added) by {@code files}, and, when {@code expectedOutput} is not null, run from {@code readme.Driver.main}.
     */
    record Harness(String marker, Function<Snippet, Map<String, String>> files, String expectedOutput) {}

    private static final List<Harness> HARNESSES = List.of(
            // "A first coroutine": a whole file, run as the README runs it.
            new Harness("abstract class Fetcher", s -> Map.of(
                    "Fetcher.java", s.text(),
                    "Driver.java", driver("Fetcher.main(args);")),
                    "working on 0\nworking on 1\nworking on 2\nthe answer is 42"),

            // "Threads": the class, with the pool its first line says to register and a `resize` of its own.
            new Harness("abstract class Thumbnails", s -> Map.of(
                    "Thumbnails.java", "import java.io.IOException;\nimport java.nio.file.*;\nimport java.util.List;\n"
                            + KAA_IMPORTS + "import static readme.Images.resize;\n" + s.text(),
                    "Images.java", """
                            final class Images {
                                static byte[] resize(byte[] image) {
                                    return java.util.Arrays.copyOf(image, image.length / 2);
                                }
                            }
                            """,
                    "Driver.java", driver("""
                            ThreadPool.builder("images").size(2).register();
                            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("thumbnails");
                            java.nio.file.Path small = java.nio.file.Files.write(dir.resolve("a"), new byte[10]);
                            java.nio.file.Path large = java.nio.file.Files.write(dir.resolve("b"), new byte[30]);
                            try {
                                System.out.println(new Thumbnails_Coroutines().scaleAll(java.util.List.of(small, large))
                                        .await());
                            } finally {
                                ThreadPool.shutdownAll();
                            }
                            """)),
                    "20"),

            // "Channels between coroutines": the class, then the statements that use it, in a main.
            new Harness("abstract class Pipeline", s -> {
                String[] parts = splitAfterClass(s);
                return Map.of(
                        "Pipeline.java", KAA_IMPORTS + parts[0],
                        "Driver.java", driver(parts[1]));
            }, "5050"),

            // "Sockets", a client: asks a plain java.net server that answers one line, then a port nobody listens on.
            new Harness("abstract class Client", s -> Map.of(
                    "Client.java", "import java.net.ConnectException;\n" + KAA_IMPORTS
                            + "import static java.nio.charset.StandardCharsets.UTF_8;\n" + s.text(),
                    "Driver.java", driver("""
                            try (java.net.ServerSocket server = new java.net.ServerSocket(0)) {
                                Thread answering = new Thread(() -> {
                                    try (java.net.Socket peer = server.accept()) {
                                        String question = new java.io.BufferedReader(new java.io.InputStreamReader(
                                                peer.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
                                                .readLine();
                                        peer.getOutputStream().write(("answer to " + question + "\\n")
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                                    } catch (java.io.IOException e) {
                                        e.printStackTrace();
                                    }
                                });
                                answering.start();
                                Client client = new Client_Coroutines();
                                System.out.print(client.ask("localhost", server.getLocalPort(), "why").await());
                                answering.join();
                            }
                            int closedPort;
                            try (java.net.ServerSocket nobody = new java.net.ServerSocket(0)) {
                                closedPort = nobody.getLocalPort();
                            }
                            System.out.println(new Client_Coroutines().ask("localhost", closedPort, "why").await());
                            """)),
                    "answer to why\nno answer"),

            // "Sockets", a server: statements "in a coroutine"; `sslContext` and `serve` are the reader's. It loops
            // forever on a fixed port, so it is compiled, not run.
            new Harness("server.listen(8080);", s -> Map.of(
                    "Server.java", "import java.io.IOException;\nimport javax.net.ssl.SSLContext;\n" + KAA_IMPORTS
                            + "abstract class Server {\n"
                            + "@Coroutine\nInProgress<Void> run(SSLContext sslContext) throws IOException {\n"
                            + s.text() + "}\n"
                            + "@Coroutine\nInProgress<Void> serve(Socket client) {\nreturn done();\n}\n}\n"),
                    null),

            // "Subprocesses": the method, in a class of its own.
            new Harness("InProgress<Integer> doubleAll(", s -> Map.of(
                    "Doubler.java", "import java.util.List;\n" + KAA_IMPORTS
                            + "import static java.nio.charset.StandardCharsets.UTF_8;\n"
                            + "abstract class Doubler {\n" + s.text() + "}\n",
                    "Driver.java", driver("""
                            int status = new Doubler_Coroutines().doubleAll(java.util.List.of(1, 2, 21)).await();
                            System.out.println("exit " + status);
                            """)),
                    "2\n4\n42\nexit 0"),

            // "Policies": the method, beside the `socket` it writes to; two sends called at once arrive in order.
            new Harness("@Coroutine(policy = Policy.SYNCHRONIZED)", s -> Map.of(
                    "Sender.java", KAA_IMPORTS + "import static java.nio.charset.StandardCharsets.UTF_8;\n"
                            + "abstract class Sender {\nfinal Socket socket = new Socket();\n" + s.text() + "}\n",
                    "Driver.java", driver("""
                            try (java.net.ServerSocket server = new java.net.ServerSocket(0)) {
                                Sender sender = new Sender_Coroutines();
                                sender.socket.connect("localhost", server.getLocalPort()).await();
                                try (java.net.Socket peer = server.accept()) {
                                    InProgress<Void> first = sender.send("first\\n");
                                    InProgress<Void> second = sender.send("second\\n");
                                    second.await();
                                    System.out.println(first.isFinished());
                                    java.io.BufferedReader lines = new java.io.BufferedReader(
                                            new java.io.InputStreamReader(peer.getInputStream(),
                                                    java.nio.charset.StandardCharsets.UTF_8));
                                    System.out.println(lines.readLine() + " " + lines.readLine());
                                }
                                sender.socket.close();
                            }
                            """)),
                    "true\nfirst second"),

            // "Testing your coroutines": the test's statements in a method; JUnit is on the class path.
            new Harness("ManualTicker clock = new ManualTicker();", s -> Map.of(
                    "VirtualTimeTest.java", "import java.time.Duration;\n" + KAA_IMPORTS
                            + "import static org.junit.jupiter.api.Assertions.*;\n"
                            + "final class VirtualTimeTest {\nstatic void fiveMinutesTimeout() {\n" + s.text()
                            + "}\n}\n",
                    "Driver.java", driver("""
                            long started = System.nanoTime();
                            VirtualTimeTest.fiveMinutesTimeout();
                            System.out.println(System.nanoTime() - started < 60_000_000_000L);
                            """)),
                    "true"));

    /** A {@code Driver} class whose {@code main} runs {@code body}. */
    private static String driver(String body) {
        return KAA_IMPORTS + "public final class Driver {\npublic static void main(String[] args) throws Exception {\n"
                + body + "}\n}\n";
    }

    /** A snippet that declares a class and then uses it: the class (to its closing brace in column 0) and the rest. */
    private static String[] splitAfterClass(Snippet snippet) {
        int end = snippet.text().indexOf("\n}\n");
        assertTrue(end > 0, "README line " + snippet.line() + ": no class closed in column 0");
        return new String[] {snippet.text().substring(0, end + 3), snippet.text().substring(end + 3)};
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("```java")) {
                int first = i + 1;
                StringBuilder text = new StringBuilder();
                for (i = first; !lines.get(i).startsWith("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                snippets.add(new Snippet(first + 1, text.toString()));
            }
        }
        return snippets;
    }

    static Stream<Named<Snippet>> harnessed() throws IOException {
        return snippets().stream()
                .map(s -> Named.of("README line " + s.line() + ": " + s.text().lines().findFirst().orElse(""), s));
    }

    @Test
    void everySnippetHasAHarness() throws IOException {
        List<Snippet> snippets = snippets();
        assertFalse(snippets.isEmpty(), "no ```java block in " + README);
        for (Snippet snippet : snippets) {
            harnessOf(snippet);
        }
        for (Harness harness : HARNESSES) {
            assertTrue(snippets.stream().anyMatch(s -> s.contains(harness.marker())),
                    "no README snippet contains \"" + harness.marker() + "\" any more: remove or change its harness");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harnessed")
    void compilesAndDoesWhatTheReadmeSays(Snippet snippet, @TempDir Path workDir) throws Exception {
        Harness harness = harnessOf(snippet);
        Map<String, String> files = new LinkedHashMap<>(harness.files().apply(snippet));
        Path sources = Files.createDirectories(workDir.resolve("src/readme"));
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            paths.add(Files.writeString(sources.resolve(file.getKey()), "package readme;\n" + file.getValue()));
        }
        InProcessCompiler.Compilation compilation = InProcessCompiler.compile(paths, workDir);
        if (!compilation.success()) {
            fail("README line " + snippet.line() + ": does not compile" + compilation.report());
        }
        if (harness.expectedOutput() != null) {
            assertEquals(harness.expectedOutput(), InProcessCompiler.runMain("readme.Driver", compilation.classesDir()),
                    "README line " + snippet.line());
        }
    }

    private static Harness harnessOf(Snippet snippet) {
        List<Harness> matching = HARNESSES.stream().filter(h -> snippet.contains(h.marker())).toList();
        if (matching.size() != 1) {
            fail("README line " + snippet.line() + ": " + matching.size() + " harnesses recognise this snippet, not one:"
                    + " give it one in ReadmeSnippetsTest\n" + snippet.text());
        }
        return matching.get(0);
    }
}
