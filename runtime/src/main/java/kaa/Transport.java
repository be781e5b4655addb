package kaa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * What a {@link Socket} sends its plaintext through and receives it from: the channel itself, or a TLS session over
 * it. Called on the loop thread only, never blocks.
 */
interface Transport {
    /** Receives plaintext into {@code into}: the number of bytes, 0 for none now, -1 at the end of the stream. */
    int read(ByteBuffer into) throws IOException;

    /** Sends what it can of {@code from} now, advancing its position. */
    void write(ByteBuffer from) throws IOException;

    /** Sends output of its own that is still pending (TLS records); returns whether none is left. */
    boolean flush() throws IOException;

    /** Whether it needs the channel to be readable for its own sake (a handshake waiting for the peer). */
    boolean needsRead();

    /** Whether it has output of its own to send. */
    boolean needsWrite();

    /** Whether it can take and give application data now (not while a TLS handshake runs). */
    boolean readyForData();

    /** Whether it holds input already taken from the channel (the selector will not report it). */
    boolean hasBufferedInput();

    /** Ends the output after what was written: a FIN, or TLS's close_notify then a FIN. */
    void shutdownOutput() throws IOException;

    /** The transport of a plain TCP or Unix domain connection: the channel itself. */
    final class Plain implements Transport {
        /**
         * The largest piece of a heap buffer handed to the channel at once. The JDK writes a heap buffer by copying all
         * of its remaining bytes into a temporary direct buffer, however few the kernel then takes: for a large write
         * into a nearly full socket buffer most of that copy is thrown away, again on each retry. In pieces of this
         * size the waste is one piece per call at most.
         */
        static final int HEAP_WRITE_PIECE = 64 * 1024;

        private final SocketChannel channel;

        Plain(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read(ByteBuffer into) throws IOException {
            return channel.read(into);
        }

        @Override
        public void write(ByteBuffer from) throws IOException {
            if (from.isDirect() || from.remaining() <= HEAP_WRITE_PIECE) {
                channel.write(from);
                return;
            }
            int limit = from.limit();
            try {
                while (from.position() < limit) {
                    int piece = Math.min(limit - from.position(), HEAP_WRITE_PIECE);
                    from.limit(from.position() + piece);
                    if (channel.write(from) < piece) {
                        return; // the kernel's buffer is full
                    }
                }
            } finally {
                from.limit(limit);
            }
        }

        @Override
        public boolean flush() {
            return true;
        }

        @Override
        public boolean needsRead() {
            return false;
        }

        @Override
        public boolean needsWrite() {
            return false;
        }

        @Override
        public boolean readyForData() {
            return true;
        }

        @Override
        public boolean hasBufferedInput() {
            return false;
        }

        @Override
        public void shutdownOutput() throws IOException {
            channel.shutdownOutput();
        }
    }
}
