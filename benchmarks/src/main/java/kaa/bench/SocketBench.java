package kaa.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sockets over loopback TCP, three implementations side by side ({@code peer}): kaa ({@link KaaSocketPeer}: coroutines
 * over {@code kaa.Socket} on kaa's loop), Netty's NIO transport ({@link NettySocketPeer}: one event loop) and blocking
 * sockets on virtual threads ({@link BlockingSocketPeer}: one carrier; JDK 21+, on JDK 17 its setup fails with a
 * message and JMH goes on). Both ends of every connection are in this process, on the implementation's one thread.
 *
 * <ul>
 *   <li>{@link #roundTrip}: echo round trips of 64 bytes on one connection, one after the other; score in round trips
 *       per second;
 *   <li>{@link #roundTrip100}: the same on 100 connections at once, {@value #EACH} round trips each per invocation;
 *       score in round trips per second, all connections together;
 *   <li>{@link #bulk64MiB}: 64 MiB one way, in 256 KiB writes, to a sink that answers one byte at the end; score in
 *       milliseconds per transfer (64 MiB / score = throughput).
 * </ul>
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Djdk.virtualThreadScheduler.parallelism=1")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SocketBench {
    /** Round trips per invocation on one connection. */
    static final int SERIAL = 1_000;
    /** Connections of {@link #roundTrip100}. */
    static final int CONNECTIONS = 100;
    /** Round trips per connection per invocation in {@link #roundTrip100}. */
    static final int EACH = 20;

    @Param({"kaa", "netty", "virtualThreads"})
    public String peer;

    private SocketPeer sockets;

    @Setup(Level.Trial)
    public void start() throws Exception {
        sockets = switch (peer) {
            case "kaa" -> KaaSocketPeer.create();
            case "netty" -> new NettySocketPeer();
            case "virtualThreads" -> new BlockingSocketPeer();
            default -> throw new IllegalArgumentException("unknown peer " + peer);
        };
        sockets.start(CONNECTIONS);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        sockets.close();
    }

    /** Round trips on one connection, one after the other. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SERIAL)
    public void roundTrip() throws Exception {
        sockets.roundTrips(1, SERIAL);
    }

    /** Round trips on 100 connections at once. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(CONNECTIONS * EACH)
    public void roundTrip100() throws Exception {
        sockets.roundTrips(CONNECTIONS, EACH);
    }

    /** 64 MiB one way. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void bulk64MiB() throws Exception {
        sockets.bulk();
    }
}
