// Finding 01: close() of a listening kaa.Socket is deferred until the loop runs; a connect in between
// is accepted by the kernel and then reset, so it fails with SocketException "Connection reset by peer"
// instead of ConnectException, nondeterministically (about 6 runs in 20 here).
//
// Reproduce (from /tmp/usertest3/findings):
//   M=~/.m2/repository; RT=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
//   cp 01-listen-close-deferred.java /tmp/CloseListen.java && javac -d /tmp/cl -cp $RT /tmp/CloseListen.java \
//     && java -cp /tmp/cl:$RT CloseListen | sort | uniq -c
// Expected: 20 x "refused (listening after close(): false ...)": after close() returns, the listener is
//   closed (isListening() false), so a later connect is refused (README: connect errors are the real ones,
//   ConnectException for refused). Nothing is queued on a listening socket, so nothing to wait for.
// Actual (JDK 17, Linux):
//       6 other: java.net.SocketException: Connection reset by peer (listening after close(): true)
//      14 refused (listening after close(): true, close InProgress[finished: null])
// Guess: Socket.close() always defers the close to a loop task (to flush writes) even for a listening
//   socket, so the ServerSocketChannel stays open and the kernel completes the handshake of the new connect.
import java.net.*;
import kaa.InProgress;

public class CloseListen {
    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 20; i++) {
            var server = new kaa.Socket();
            server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = ((InetSocketAddress) server.localAddress()).getPort();
            InProgress<Void> closing = server.close();
            boolean stillListening = server.isListening();
            try {
                new kaa.Socket().connect("127.0.0.1", port).await(ConnectException.class);
                System.out.println("connected?!");
            } catch (ConnectException e) {
                System.out.println("refused (listening after close(): " + stillListening + ", close " + closing + ")");
            } catch (RuntimeException e) {
                System.out.println("other: " + e.getCause() + " (listening after close(): " + stillListening + ")");
            }
        }
    }
}
