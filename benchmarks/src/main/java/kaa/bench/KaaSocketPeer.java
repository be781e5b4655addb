package kaa.bench;

import static kaa.Async.done;
import static kaa.Async.yield_;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.Socket;

/**
 * {@link SocketPeer} on kaa: {@link Socket}s and {@code @Coroutine}s (generated machines, as an application gets them),
 * a coroutine per server connection, all on kaa's loop, which the benchmark thread drives through {@code await()}.
 */
abstract class KaaSocketPeer implements SocketPeer {
    final Socket echoServer = new Socket();
    final Socket sinkServer = new Socket();
    final List<Socket> clients = new ArrayList<>();
    Socket bulkClient;
    final byte[] payload = new byte[PAYLOAD];
    final byte[] chunk = new byte[CHUNK];

    static KaaSocketPeer create() {
        return new KaaSocketPeer_Coroutines();
    }

    @Override
    public void start(int connections) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        echoServer.listen(new InetSocketAddress(loopback, 0));
        sinkServer.listen(new InetSocketAddress(loopback, 0));
        acceptLoop(echoServer, false);
        acceptLoop(sinkServer, true);
        for (int i = 0; i < connections; i++) {
            Socket client = new Socket();
            client.connect(echoServer.localAddress()).await();
            clients.add(client);
        }
        bulkClient = new Socket();
        bulkClient.connect(sinkServer.localAddress()).await();
    }

    @Override
    public void roundTrips(int connections, int count) {
        if (connections == 1) {
            roundTripsOn(clients.get(0), count).await();
            return;
        }
        List<InProgress<Void>> all = new ArrayList<>(connections);
        for (int i = 0; i < connections; i++) {
            all.add(roundTripsOn(clients.get(i), count));
        }
        InProgress.all(all).await();
    }

    @Override
    public void bulk() {
        send(bulkClient).await();
    }

    @Override
    public void close() {
        for (Socket client : clients) {
            client.close();
        }
        bulkClient.close().await();
        echoServer.close();
        sinkServer.close().await();
    }

    @Coroutine
    InProgress<Void> acceptLoop(Socket server, boolean sink) {
        try {
            for (;;) {
                Socket client = yield_(server.accept(), IOException.class);
                if (sink) {
                    sink(client);
                } else {
                    echo(client);
                }
            }
        } catch (IOException closed) {
            return done();
        }
    }

    @Coroutine
    InProgress<Void> echo(Socket socket) {
        try {
            for (;;) {
                byte[] bytes = yield_(socket.read());
                if (bytes.length == 0) {
                    return done();
                }
                yield_(socket.write(bytes));
            }
        } finally {
            socket.close();
        }
    }

    /** Reads into one reused direct buffer of 64 KiB, as the other peers reuse theirs ({@code Socket.read(ByteBuffer)}). */
    @Coroutine
    InProgress<Void> sink(Socket socket) {
        byte[] ack = {1};
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 << 10);
        long received = 0;
        try {
            for (;;) {
                buffer.clear();
                int n = yield_(socket.read(buffer));
                if (n < 0) {
                    return done();
                }
                received += n;
                if (received >= BULK) {
                    received -= BULK;
                    socket.write(ack);
                }
            }
        } finally {
            socket.close();
        }
    }

    @Coroutine
    InProgress<Void> roundTripsOn(Socket socket, int count) {
        for (int i = 0; i < count; i++) {
            yield_(socket.write(payload));
            yield_(socket.readExactly(PAYLOAD));
        }
        return done();
    }

    @Coroutine
    InProgress<Void> send(Socket socket) {
        for (int sent = 0; sent < BULK; sent += CHUNK) {
            yield_(socket.write(chunk));       // finishes when handed over: keeps to the sink's pace
        }
        yield_(socket.readExactly(1));
        return done();
    }
}
