package kaa.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.ReferenceCountUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@link SocketPeer} on Netty's NIO transport: one event loop thread for every channel (servers and clients), the
 * handlers written the usual way (echo: write on read, flush on read complete; the bulk client writes while the
 * channel is writable).
 */
final class NettySocketPeer implements SocketPeer {
    private EventLoopGroup group;
    private Channel echoServer;
    private Channel sinkServer;
    private final List<Channel> clients = new ArrayList<>();
    private Channel bulkClient;
    private final ByteBuf payload = Unpooled.unreleasableBuffer(Unpooled.directBuffer(PAYLOAD).writeZero(PAYLOAD));
    private final ByteBuf chunk = Unpooled.unreleasableBuffer(Unpooled.directBuffer(CHUNK).writeZero(CHUNK));

    @Override
    public void start(int connections) throws InterruptedException {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        echoServer = server(true, any);
        sinkServer = server(false, any);
        for (int i = 0; i < connections; i++) {
            clients.add(client(echoServer, new RoundTripClient()));
        }
        bulkClient = client(sinkServer, new BulkClient());
    }

    private Channel server(boolean echo, InetSocketAddress address) throws InterruptedException {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(echo ? new Echo() : new Sink());
                    }
                })
                .bind(address).sync().channel();
    }

    private Channel client(Channel server, ChannelInboundHandlerAdapter handler) throws InterruptedException {
        return new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                // kaa's write queue holds up to 1 MiB (Socket.DEFAULT_WRITE_QUEUE_LIMIT): the same for Netty
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(512 << 10, 1 << 20))
                .handler(handler)
                .connect(server.localAddress()).sync().channel();
    }

    @Override
    public void roundTrips(int connections, int count) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            Channel channel = clients.get(i);
            RoundTripClient client = (RoundTripClient) channel.pipeline().first();
            channel.eventLoop().execute(() -> client.start(channel, count, done));
        }
        done.await();
    }

    @Override
    public void bulk() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        BulkClient client = (BulkClient) bulkClient.pipeline().first();
        bulkClient.eventLoop().execute(() -> client.start(bulkClient, done));
        done.await();
    }

    @Override
    public void close() throws InterruptedException {
        for (Channel client : clients) {
            client.close().sync();
        }
        bulkClient.close().sync();
        echoServer.close().sync();
        sinkServer.close().sync();
        group.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
    }

    /** Writes the payload, waits for it to come back whole, again, {@code count} times. */
    private final class RoundTripClient extends ChannelInboundHandlerAdapter {
        private int remaining;
        private int awaited;
        private CountDownLatch done;

        void start(Channel channel, int count, CountDownLatch latch) {
            remaining = count;
            done = latch;
            send(channel);
        }

        private void send(Channel channel) {
            awaited = PAYLOAD;
            channel.writeAndFlush(payload.duplicate());
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf bytes = (ByteBuf) msg;
            awaited -= bytes.readableBytes();
            bytes.release();
            if (awaited == 0) {
                if (--remaining == 0) {
                    done.countDown();
                } else {
                    send(ctx.channel());
                }
            }
        }
    }

    /** Writes {@link #BULK} bytes while the channel is writable, then waits for the sink's one-byte answer. */
    private final class BulkClient extends ChannelInboundHandlerAdapter {
        private int toSend;
        private CountDownLatch done;

        void start(Channel channel, CountDownLatch latch) {
            toSend = BULK;
            done = latch;
            writeMore(channel);
        }

        private void writeMore(Channel channel) {
            while (toSend > 0 && channel.isWritable()) {
                channel.write(chunk.duplicate());
                toSend -= CHUNK;
            }
            channel.flush();
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            if (toSend > 0 && ctx.channel().isWritable()) {
                writeMore(ctx.channel());
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ReferenceCountUtil.release(msg);
            done.countDown();
        }
    }

    /** Writes back what it reads, flushing once per read burst. */
    private static final class Echo extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ctx.write(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }
    }

    /** Counts what arrives; answers one byte per {@link #BULK} bytes. */
    private static final class Sink extends ChannelInboundHandlerAdapter {
        private long received;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf bytes = (ByteBuf) msg;
            received += bytes.readableBytes();
            bytes.release();
            if (received >= BULK) {
                received -= BULK;
                ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {1}));
            }
        }
    }
}
