// Passing program 05: SMTP-like protocol state machine: enum states, switch expression with yield_ in arms and 'yield', sealed interface + records, instanceof patterns, try-with-resources over a socket wrapper
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p05protocol.MiniSmtp
// Expected output (checked by hand against the README's semantics; timings may vary):
//   220 mini ready
//   MAIL FROM:<a@x> -> 503 say HELO first
//   HELO me -> 250 hello me
//   RCPT TO:<b@y> -> 503 bad sequence: RcptTo[addr=<b@y>]
//   MAIL FROM:<a@x> -> 250 ok
//   RCPT TO:<b@y> -> 250 ok
//   RCPT TO:<c@y> -> 250 ok
//   DATA -> 354 end with .
//     . -> 250 queued as 1
//   QUIT -> 221 bye
//   Mail[from=<a@x>, to=[<b@y>, <c@y>], body=hello
//   world
//   ]
package p05protocol;

import java.net.*;
import java.util.*;
import kaa.*;
import kaa.Socket;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/** A small SMTP-like protocol: server-side state machine (enum + switch expressions with yield_ in arms),
 *  sealed command hierarchy, try-with-resources around a connection wrapper. */
public abstract class MiniSmtp {
    enum State { GREETING, READY, HAVE_SENDER, HAVE_RECIPIENTS, DATA, CLOSED }

    sealed interface Command permits Helo, MailFrom, RcptTo, Data, Quit, Unknown {}
    record Helo(String host) implements Command {}
    record MailFrom(String addr) implements Command {}
    record RcptTo(String addr) implements Command {}
    record Data() implements Command {}
    record Quit() implements Command {}
    record Unknown(String raw) implements Command {}

    static Command parse(String line) {
        var upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("HELO ")) return new Helo(line.substring(5));
        if (upper.startsWith("MAIL FROM:")) return new MailFrom(line.substring(10));
        if (upper.startsWith("RCPT TO:")) return new RcptTo(line.substring(8));
        if (upper.equals("DATA")) return new Data();
        if (upper.equals("QUIT")) return new Quit();
        return new Unknown(line);
    }

    record Mail(String from, List<String> to, String body) {}

    /** Line-oriented connection; closing it closes the socket. */
    static final class Conn implements AutoCloseable {
        final Socket socket;
        Conn(Socket socket) { this.socket = socket; }
        InProgress<Void> send(String line) { return socket.write(line + "\r\n"); }
        InProgress<String> line() {
            var result = new InProgress<String>();
            socket.readLine().connectBoth(b -> result.finish(new String(b, UTF_8).stripTrailing()), result::fail);
            return result;
        }
        @Override public void close() { socket.close(); }
    }

    final List<Mail> inbox = new ArrayList<>();
    final Socket listener = new Socket();

    @Coroutine
    InProgress<Void> session(Socket s) {
        try (var conn = new Conn(s)) {
            var state = State.GREETING;
            String from = null;
            var to = new ArrayList<String>();
            yield_(conn.send("220 mini ready"));
            while (state != State.CLOSED) {
                var cmd = parse(yield_(conn.line()));
                state = switch (state) {
                    case GREETING -> {
                        if (cmd instanceof Helo h) {
                            yield_(conn.send("250 hello " + h.host()));
                            yield State.READY;
                        }
                        yield_(conn.send("503 say HELO first"));
                        yield State.GREETING;
                    }
                    case READY, HAVE_SENDER, HAVE_RECIPIENTS -> {
                        if (cmd instanceof MailFrom m && state == State.READY) {
                            from = m.addr();
                            yield_(conn.send("250 ok"));
                            yield State.HAVE_SENDER;
                        } else if (cmd instanceof RcptTo r && state != State.READY) {
                            to.add(r.addr());
                            yield_(conn.send("250 ok"));
                            yield State.HAVE_RECIPIENTS;
                        } else if (cmd instanceof Data && state == State.HAVE_RECIPIENTS) {
                            yield_(conn.send("354 end with ."));
                            yield State.DATA;
                        } else if (cmd instanceof Quit) {
                            yield_(conn.send("221 bye"));
                            yield State.CLOSED;
                        } else {
                            yield_(conn.send("503 bad sequence: " + cmd));
                            yield state;
                        }
                    }
                    case DATA -> throw new IllegalStateException("unreachable");
                    case CLOSED -> State.CLOSED;
                };
                if (state == State.DATA) {
                    var body = new StringBuilder(cmd instanceof Unknown u ? u.raw() : "");
                    for (var l = yield_(conn.line()); !l.equals("."); l = yield_(conn.line())) {
                        body.append(l).append('\n');
                    }
                    inbox.add(new Mail(from, List.copyOf(to), body.toString()));
                    to.clear();
                    yield_(conn.send("250 queued as " + inbox.size()));
                    state = State.READY;
                }
            }
        }
        return done();
    }

    @Coroutine
    InProgress<Void> serveOne() throws Exception {
        listener.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        var client = yield_(listener.accept());
        yield_(session(client));
        return done();
    }

    @Coroutine
    InProgress<List<String>> client(int port, String... commands) throws ConnectException {
        var s = new Socket();
        yield_(s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)), ConnectException.class);
        var replies = new ArrayList<String>();
        try (var conn = new Conn(s)) {
            replies.add(yield_(conn.line()));
            for (var c : commands) {
                yield_(conn.send(c.strip()));          // leading spaces mark DATA lines (no reply)
                if (!c.startsWith("  ") || c.strip().equals(".")) replies.add(c + " -> " + yield_(conn.line()));
            }
        }
        return done(replies);
    }

    public static void main(String[] args) throws Exception {
        MiniSmtp smtp = new MiniSmtp_Coroutines();
        var server = smtp.serveOne();
        int port = ((InetSocketAddress) smtp.listener.localAddress()).getPort();
        var replies = smtp.client(port, "MAIL FROM:<a@x>", "HELO me", "RCPT TO:<b@y>", "MAIL FROM:<a@x>",
                "RCPT TO:<b@y>", "RCPT TO:<c@y>", "DATA", "  hello", "  world", "  .", "QUIT").await(Exception.class);
        replies.forEach(System.out::println);
        server.await(Exception.class);
        smtp.inbox.forEach(System.out::println);
    }
}
