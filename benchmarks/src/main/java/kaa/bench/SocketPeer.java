package kaa.bench;

/**
 * One implementation of {@link SocketBench}'s three workloads over loopback TCP: an echo server and a sink server,
 * both ends in this process, on one thread of the implementation's own (kaa's loop, one Netty event loop, one
 * virtual-thread carrier). The benchmark thread only starts a batch and waits for it.
 */
interface SocketPeer extends AutoCloseable {
    /** The echo payload, in bytes. */
    int PAYLOAD = 64;
    /** The bulk transfer's size: 64 MiB, one way. */
    int BULK = 64 << 20;
    /** The size of each bulk write. */
    int CHUNK = 256 << 10;

    /**
     * Starts the servers and connects {@code connections} echo clients and one bulk client.
     *
     * @param connections echo connections to open
     * @throws Exception if something cannot start
     */
    void start(int connections) throws Exception;

    /**
     * Makes {@code count} echo round trips of {@link #PAYLOAD} bytes on each of the first {@code connections}
     * connections, all connections at the same time; returns when every one is done.
     *
     * @param connections how many connections take part
     * @param count round trips per connection, one after the other
     * @throws Exception on a failure
     */
    void roundTrips(int connections, int count) throws Exception;

    /**
     * Sends {@link #BULK} bytes in writes of {@link #CHUNK} to the sink, and returns when the sink acknowledged them
     * (one byte back once it has received them all).
     *
     * @throws Exception on a failure
     */
    void bulk() throws Exception;

    /** Closes every connection and the servers. */
    @Override
    void close() throws Exception;
}
