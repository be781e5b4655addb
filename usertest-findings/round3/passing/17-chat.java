// Passing program 17: chat server: newClient signal, per-member SYNCHRONIZED writer, closed signal, LineTooLongException + read(ByteBuffer) drain, shutdownOutput
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p17chat.Chat
// Expected output (checked by hand against the README's semantics; timings may vary):
//   [*: ann joined, *: bob joined, ann: hi all, bob: hello ann, ! line too long, eof:9]
//   [*: bob joined, ann: hi all, bob: hello ann, ann: bye, eof:12]
//   [closed expected=true, closed expected=true] members=[]
package p17chat;

import java.net.*;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.*;
import kaa.*;
import kaa.Socket;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/** Chat server over loopback: newClient signal, per-member SYNCHRONIZED writer, closed signal,
 *  readLine limits (LineTooLongException), read(ByteBuffer), shutdownOutput half-close. */
public abstract class Chat {
    abstract static class Member {
        final String nick;
        final Socket socket;
        Member(String nick, Socket socket) { this.nick = nick; this.socket = socket; }

        @Coroutine(policy = Policy.SYNCHRONIZED)
        InProgress<Void> send(String line) {
            yield_(socket.write(line + "\n"));
            return done();
        }
    }

    final Map<String, Member> members = new LinkedHashMap<>();
    final List<String> serverLog = new ArrayList<>();

    void broadcast(String from, String text) {
        members.values().forEach(m -> m.send(from + ": " + text));
    }

    @Coroutine
    InProgress<Void> session(Socket s) {
        s.setMaxLineLength(64);
        s.closed().connect(expected -> serverLog.add("closed expected=" + expected));
        yield_(s.write("nick?\n"));
        var nick = new String(yield_(s.readLine()), UTF_8).strip();
        var me = new Chat_Member_Coroutines(nick, s);
        members.put(nick, me);
        broadcast("*", nick + " joined");
        try {
            for (;;) {
                byte[] raw;
                try {
                    raw = yield_(s.readLine(), LineTooLongException.class);   // a checked IOException
                } catch (LineTooLongException e) {
                    yield_(me.send("! line too long"));
                    var skip = ByteBuffer.allocate(16);
                    int n;
                    do {                                     // drain the long line in small pieces
                        skip.clear();
                        n = yield_(s.read(skip));
                    } while (n > 0 && skip.get(n - 1) != '\n');
                    continue;
                }
                if (raw.length == 0) break;                  // peer shut down its output
                broadcast(nick, new String(raw, UTF_8).strip());
            }
        } finally {
            members.remove(nick);
            broadcast("*", nick + " left");
            s.close();
        }
        return done();
    }

    @Coroutine
    InProgress<List<String>> client(int port, String nick, List<String> say, int expectLines) throws ConnectException {
        var s = new Socket();
        yield_(s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)), ConnectException.class);
        var seen = new ArrayList<String>();
        yield_(s.readLine());                                       // "nick?"
        yield_(s.write(nick + "\n"));
        for (var line : say) {
            yield_(delay(Duration.ofMillis(20)));
            yield_(s.write(line + "\n"));
        }
        while (seen.size() < expectLines) {
            seen.add(new String(yield_(s.readLine().timeout(Duration.ofSeconds(2))), UTF_8).strip());
        }
        yield_(s.shutdownOutput());
        var rest = yield_(s.read());
        seen.add("eof:" + rest.length);
        return done(seen);
    }

    public static void main(String[] args) throws Exception {
        Chat chat = new Chat_Coroutines();
        var server = new Socket();
        server.newClient().connect(chat::session);
        server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = ((InetSocketAddress) server.localAddress()).getPort();

        var ann = chat.client(port, "ann", List.of("hi all", "x".repeat(100), "bye"), 5);
        pause();
        var bob = chat.client(port, "bob", List.of("hello ann"), 4);
        var results = InProgress.all(ann, bob).await(Duration.ofSeconds(5));
        results.forEach(System.out::println);
        delay(Duration.ofMillis(50)).await();
        System.out.println(chat.serverLog + " members=" + chat.members.keySet());
        server.close().await();
    }

    static void pause() { delay(Duration.ofMillis(5)).await(); }
}
