package kaa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * {@link SocketPeer} as blocking {@code java.net} sockets on virtual threads (JDK 21+): a virtual thread per server
 * connection and per client at work, one carrier thread ({@link SocketBench}'s fork sets the scheduler's parallelism
 * to 1). The benchmark thread starts the client threads of a batch and joins them.
 */
final class BlockingSocketPeer implements SocketPeer {
    private final ThreadFactory virtualThreads = VirtualThreads.factory();
    private ServerSocket echoServer;
    private ServerSocket sinkServer;
    private final List<Socket> clients = new ArrayList<>();
    private Socket bulkClient;
    private final List<Socket> served = new ArrayList<>();
    private final byte[] payload = new byte[PAYLOAD];
    private final byte[] chunk = new byte[CHUNK];

    @Override
    public void start(int connections) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        echoServer = new ServerSocket(0, 200, loopback);
        sinkServer = new ServerSocket(0, 10, loopback);
        virtualThreads.newThread(() -> acceptLoop(echoServer, true)).start();
        virtualThreads.newThread(() -> acceptLoop(sinkServer, false)).start();
        for (int i = 0; i < connections; i++) {
            clients.add(connect(echoServer));
        }
        bulkClient = connect(sinkServer);
    }

    private static Socket connect(ServerSocket server) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
        return socket;
    }

    private void acceptLoop(ServerSocket server, boolean echo) {
        try {
            for (;;) {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                synchronized (served) {
                    served.add(socket);
                }
                virtualThreads.newThread(() -> serve(socket, echo)).start();
            }
        } catch (IOException closed) {
            // close() closed the server
        }
    }

    private static void serve(Socket socket, boolean echo) {
        byte[] buffer = new byte[64 << 10];
        long received = 0;
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (echo) {
                    out.write(buffer, 0, n);
                } else {
                    received += n;
                    if (received >= BULK) {
                        received -= BULK;
                        out.write(1);
                    }
                }
            }
        } catch (IOException closed) {
            // the client went away
        }
    }

    @Override
    public void roundTrips(int connections, int count) throws Exception {
        Thread[] threads = new Thread[connections];
        IOException[] failure = new IOException[1];
        for (int i = 0; i < connections; i++) {
            Socket socket = clients.get(i);
            threads[i] = virtualThreads.newThread(() -> {
                try {
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    byte[] answer = new byte[PAYLOAD];
                    for (int r = 0; r < count; r++) {
                        out.write(payload);
                        in.readNBytes(answer, 0, PAYLOAD);
                    }
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    @Override
    public void bulk() throws Exception {
        IOException[] failure = new IOException[1];
        Thread sender = virtualThreads.newThread(() -> {
            try {
                OutputStream out = bulkClient.getOutputStream();
                for (int sent = 0; sent < BULK; sent += CHUNK) {
                    out.write(chunk);
                }
                if (bulkClient.getInputStream().read() != 1) {
                    throw new IOException("no acknowledgement from the sink");
                }
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        sender.start();
        sender.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    @Override
    public void close() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        bulkClient.close();
        echoServer.close();
        sinkServer.close();
        synchronized (served) {
            for (Socket socket : served) {
                socket.close();
            }
        }
    }
}
