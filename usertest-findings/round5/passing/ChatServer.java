import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.*;
import kaa.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

public abstract class ChatServer {
    sealed interface Command permits Nick, Say, Who, Quit, Bad {}
    record Nick(String name) implements Command {}
    record Say(String text) implements Command {}
    record Who() implements Command {}
    record Quit() implements Command {}
    record Bad(String line) implements Command {}

    static Command parse(String line) {
        if (line.startsWith("/nick ")) return new Nick(line.substring(6).trim());
        if (line.equals("/who")) return new Who();
        if (line.equals("/quit")) return new Quit();
        if (line.startsWith("/")) return new Bad(line);
        return new Say(line);
    }

    abstract static class Peer {
        final kaa.Socket socket;
        String nick;
        Peer(kaa.Socket socket, String nick) { this.socket = socket; this.nick = nick; }

        @Coroutine(policy = Policy.SYNCHRONIZED)
        InProgress<Void> send(String line) {
            yield_(socket.write(line + "\n"));
            return done();
        }
    }

    final Map<String, ChatServer_Peer_Coroutines> peers = new LinkedHashMap<>();
    final List<String> serverLog = new ArrayList<>();
    int guestCounter;

    static String text(byte[] line) {
        return new String(line, UTF_8).stripTrailing();
    }

    @Coroutine
    InProgress<Void> broadcast(String from, String line) {
        for (var p : List.copyOf(peers.values()))
            if (!p.nick.equals(from)) yield_(p.send(line));
        return done();
    }

    @Coroutine
    InProgress<Void> serve(kaa.Socket client) {
        var peer = new ChatServer_Peer_Coroutines(client, "guest" + (++guestCounter));
        peers.put(peer.nick, peer);
        try {
            yield_(peer.send("welcome " + peer.nick));
            byte[] raw;
            while ((raw = yield_(client.readLine(), IOException.class)).length > 0) {
                switch (parse(text(raw))) {
                    case Nick(var n) when peers.containsKey(n) -> yield_(peer.send("nick taken: " + n));
                    case Nick(var n) -> {
                        String old = peer.nick;
                        peers.remove(old);
                        peer.nick = n;
                        peers.put(n, peer);
                        yield_(broadcast(n, old + " is now " + n));
                    }
                    case Say(var t) -> yield_(broadcast(peer.nick, "<" + peer.nick + "> " + t));
                    case Who() -> yield_(peer.send("online: " + String.join(",", peers.keySet())));
                    case Quit() -> { return done(); }
                    case Bad(var l) -> yield_(peer.send("unknown command " + l));
                }
            }
            serverLog.add(peer.nick + " hung up");
            return done();
        } catch (IOException e) {
            serverLog.add(peer.nick + " error " + e);
            return done();
        } finally {
            peers.remove(peer.nick);
            serverLog.add("closing " + peer.nick);
            yield_(client.close());
            if (!peers.isEmpty()) yield_(broadcast(peer.nick, peer.nick + " left"));
        }
    }

    @Coroutine
    InProgress<Void> acceptLoop(kaa.Socket server, int clients) {
        for (int i = 0; i < clients; i++) {
            kaa.Socket c = yield_(server.accept());
            serve(c);
        }
        return done();
    }

    // ---- clients ----
    final Map<String, InProgress<Void>> gates = new HashMap<>();
    InProgress<Void> gate(String name) { return gates.computeIfAbsent(name, k -> new InProgress<>()); }

    @Coroutine
    InProgress<List<String>> client(int port, String name, List<String> script, int expected) throws IOException {
        var s = new kaa.Socket();
        List<String> got = new ArrayList<>();
        yield_(s.connect("127.0.0.1", port), IOException.class);
        got.add(text(yield_(s.readLine(), IOException.class)));
        for (String step : script) {
            if (step.startsWith("wait:")) {
                yield_(gate(step.substring(5)));
            } else if (step.startsWith("read")) {
                got.add(text(yield_(s.readLine(), IOException.class)));
            } else if (step.startsWith("go:")) {
                gate(step.substring(3)).finish(null);
            } else {
                yield_(s.write(step + "\n"));
            }
        }
        byte[] rest;
        while (got.size() < expected && (rest = yield_(s.readLine(), IOException.class)).length > 0) got.add(text(rest));
        yield_(s.close());
        return done(got);
    }

    public static void main(String[] args) throws Exception {
        ChatServer chat = new ChatServer_Coroutines();
        var server = new kaa.Socket();
        server.listen(0);
        int port = ((InetSocketAddress) server.localAddress()).getPort();
        var accepting = chat.acceptLoop(server, 2);
        var a = chat.client(port, "a", List.of("wait:b-in", "/nick alice", "go:a-named", "wait:b-named", "read", "/who", "read",
            "hello bob", "go:a-said", "wait:b-read", "/frob", "read", "/quit"), 99);
        var b = chat.client(port, "b", List.of("go:b-in", "wait:a-named", "read", "/nick alice", "read", "/nick bob", "go:b-named",
            "wait:a-said", "read", "go:b-read", "read", "/quit"), 99);
        System.out.println("alice saw: " + a.await());
        System.out.println("bob saw:   " + b.await());
        accepting.await();
        server.close().await();
        System.out.println(chat.serverLog);
    }
}
