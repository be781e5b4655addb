package kaa.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.done;
import static kaa.Async.yield_;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.Policy;
import kaa.Socket;

/**
 * A line-based chat server: one coroutine per client ({@link #talk}) reads its lines with {@code readLine()} and
 * broadcasts each to the other clients. A client's first line is its name. Each client's writes go through its own
 * {@code @Coroutine(policy = SYNCHRONIZED)} {@link Member#send}, which writes a line in pieces and awaits each (keeping
 * to the pace of a slow reader); the policy queues the calls, so two lines sent to the same client never interleave.
 *
 * <p>{@link #main} is a scripted run: a server and three clients (also coroutines over {@link Socket}, on the same
 * loop thread) that join, say their lines at the same time, and print what each received.
 */
public abstract class Chat {
    final Socket server = new Socket();
    final List<Member> members = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();

    Chat() {}

    static Chat create() {
        return new Chat_Coroutines();
    }

    /** One client as the server sees it: its socket, its name, its synchronized writer. */
    abstract static class Member {
        final Socket socket;
        String name = "";

        Member(Socket socket) {
            this.socket = socket;
        }

        static Member of(Socket socket) {
            return new Chat_Member_Coroutines(socket);
        }

        /**
         * Sends {@code from: text} to this client as one line, in three writes, each awaited, with a time slice for
         * the other coroutines between them. Calls are queued: the next starts when this one is done, so lines never
         * interleave (without the policy they would: every broadcast would start its pieces at once).
         */
        @Coroutine(policy = Policy.SYNCHRONIZED)
        InProgress<Void> send(String from, String text) {
            yield_(socket.write(from));
            yield_(); // a time slice for the other coroutines between the pieces
            yield_(socket.write(": "));
            yield_();
            yield_(socket.write(text + "\n"));
            return done();
        }
    }

    /**
     * Someone waiting for a number of members to have joined. (A class, not a record: kaa-processor rejects a record
     * nested in a class with coroutines, even without an explicit constructor.)
     */
    private static final class Waiter {
        final int count;
        final InProgress<Void> joined = new InProgress<>();

        Waiter(int count) {
            this.count = count;
        }
    }

    /**
     * Starts listening on the loopback address, on a free port, and accepting clients.
     *
     * @return the port
     * @throws IOException if it cannot listen
     */
    int start() throws IOException {
        server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        acceptClients();
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Stops accepting; the clients' connections stay open until they leave. */
    void stop() {
        server.close();
    }

    /**
     * An {@code InProgress} that finishes once {@code count} members have joined (at once if they have).
     *
     * @param count how many
     * @return finishes when they have
     */
    InProgress<Void> joined(int count) {
        Waiter waiter = new Waiter(count);
        waiters.add(waiter);
        wakeWaiters();
        return waiter.joined;
    }

    @Coroutine
    InProgress<Void> acceptClients() {
        try {
            for (;;) {
                talk(yield_(server.accept(), IOException.class));   // not awaited: the clients talk side by side
            }
        } catch (IOException stopped) {                             // ClosedChannelException: stop() closed the server
            return done();
        }
    }

    /** Serves one client: its name, then its lines, each broadcast to the others, until it leaves. */
    @Coroutine
    InProgress<Void> talk(Socket socket) {
        Member member = Member.of(socket);
        try {
            member.name = text(yield_(socket.readLine(), IOException.class));
            if (member.name.isEmpty()) {
                return done();                                       // left before saying its name
            }
            members.add(member);
            broadcast(member, "*", member.name + " joined");
            wakeWaiters();
            for (;;) {
                byte[] line = yield_(socket.readLine(), IOException.class);
                if (line.length == 0) {
                    break;                                           // the end of the stream: the client left
                }
                broadcast(member, member.name, text(line));
            }
        } catch (IOException e) {
            System.err.println("chat: " + member.name + " is gone: " + e.getMessage()); // a reset, a broken pipe
        } finally {
            if (members.remove(member)) {
                broadcast(member, "*", member.name + " left");
            }
            socket.close();
        }
        return done();
    }

    /**
     * Queues the line on every member but {@code sender}. A member whose socket fails leaves through its talk(), which
     * can happen during the loop (a failed write closes the socket, which resumes that talk() at once): hence the copy.
     */
    void broadcast(Member sender, String from, String text) {
        for (Member member : List.copyOf(members)) {
            if (member != sender) {
                member.send(from, text).connectBoth(sent -> { }, gone -> { });
            }
        }
    }

    void wakeWaiters() {
        waiters.removeIf(waiter -> {
            if (members.size() < waiter.count) {
                return false;
            }
            waiter.joined.finish(null);
            return true;
        });
    }

    /** A received line as text: UTF-8, without its line end. */
    static String text(byte[] line) {
        String text = new String(line, UTF_8);
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    // ----------------------------------------------------------------------------------------------- scripted run

    /** The script: who says what. */
    static final Map<String, List<String>> SCRIPT = scriptOf(
            "alice", List.of("hello, everyone", "has anyone seen the build break?", "bye"),
            "bob", List.of("hi alice", "it passes here, on JDK 17 and 25", "see you"),
            "carol", List.of("morning!", "I am rerunning it now", "later"));

    private static Map<String, List<String>> scriptOf(Object... pairs) {
        Map<String, List<String>> script = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) pairs[i + 1];
            script.put((String) pairs[i], lines);
        }
        return script;
    }

    /**
     * One scripted client: connects, says its name, waits until everyone has joined, says its lines (without waiting
     * for answers), and reads until it has received every line of the others; then leaves.
     *
     * @return the chat lines it received (join and leave notices left out), in order
     */
    @Coroutine
    static InProgress<List<String>> client(int port, String name, List<String> lines, InProgress<Void> everyoneIn,
            int expected) {
        Socket socket = new Socket();
        List<String> received = new ArrayList<>();
        try {
            yield_(socket.connect("127.0.0.1", port));
            yield_(socket.write(name + "\n"));
            yield_(everyoneIn);
            for (String line : lines) {
                socket.write(line + "\n");                           // queued in order; not awaited
            }
            while (received.size() < expected) {
                byte[] line = yield_(socket.readLine());
                if (line.length == 0) {
                    throw new IOException(name + ": the server closed the connection");
                }
                String text = text(line);
                if (!text.startsWith("*: ")) {
                    received.add(text);
                }
            }
            return done(received);
        } catch (IOException e) {
            return InProgress.failed(e);
        } finally {
            socket.close();
        }
    }

    /**
     * Runs the script: a server, three clients at once; returns what each client received.
     *
     * @return client name to the lines it received
     * @throws IOException if the server cannot listen
     */
    static Map<String, List<String>> runScript() throws IOException {
        Chat chat = create();
        int port = chat.start();
        try {
            InProgress<Void> everyoneIn = chat.joined(SCRIPT.size());
            Map<String, InProgress<List<String>>> clients = new LinkedHashMap<>();
            int total = SCRIPT.values().stream().mapToInt(List::size).sum();
            for (Map.Entry<String, List<String>> entry : SCRIPT.entrySet()) {
                int expected = total - entry.getValue().size();      // every line but its own
                clients.put(entry.getKey(),
                        Chat_Coroutines.client(port, entry.getKey(), entry.getValue(), everyoneIn, expected));
            }
            Map<String, List<String>> transcripts = new LinkedHashMap<>();
            for (Map.Entry<String, InProgress<List<String>>> client : clients.entrySet()) {
                transcripts.put(client.getKey(), client.getValue().await());
            }
            return transcripts;
        } finally {
            chat.stop();
        }
    }

    /**
     * Runs the scripted chat and prints what each client received.
     *
     * @param args ignored
     * @throws IOException if the server cannot listen
     */
    public static void main(String[] args) throws IOException {
        Map<String, List<String>> transcripts = runScript();
        System.out.println("kaa-java chat: a server and " + transcripts.size()
                + " clients, each a coroutine over kaa.Socket on one thread; what each client received:");
        transcripts.forEach((name, lines) -> {
            System.out.println();
            System.out.println(name + ":");
            lines.forEach(line -> System.out.println("  " + line));
        });
    }
}
