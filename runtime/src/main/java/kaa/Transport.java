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
            channel.write(from);
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
