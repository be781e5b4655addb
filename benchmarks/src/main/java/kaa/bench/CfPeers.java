package kaa.bench;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The {@code CompletableFuture} peers: the idiomatic async loop, on a same-thread executor queue. */
final class CfPeers {
    private CfPeers() {}

    private static final Runnable NOTHING = () -> { };

    /** A same-thread executor: tasks go on an {@code ArrayDeque} that the benchmark thread runs until empty. */
    static final class QueueExecutor implements Executor {
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queue.addLast(task);
        }

        void runUntilEmpty() {
            Runnable task;
            while ((task = queue.pollFirst()) != null) {
                task.run();
            }
        }
    }

    /** Yield: each step is an async task on the executor, composed with the rest of the loop. */
    static CompletableFuture<Integer> yieldLoop(Executor executor, int i, int n) {
        if (i >= n) {
            return CompletableFuture.completedFuture(i);
        }
        return CompletableFuture.runAsync(NOTHING, executor).thenCompose(ignored -> yieldLoop(executor, i + 1, n));
    }

    /** Hands out the future awaited next. */
    static final class Producer {
        CompletableFuture<Integer> pending;

        CompletableFuture<Integer> next() {
            CompletableFuture<Integer> f = new CompletableFuture<>();
            pending = f;
            return f;
        }

        void finishPending() {
            CompletableFuture<Integer> f = pending;
            pending = null;
            f.complete(KaaBodies.ONE);
        }
    }

    /** Await hop, composed: {@code producer.next().thenCompose(v -> rest of the loop)}. */
    static CompletableFuture<Integer> awaitLoop(Producer producer, int i, int sum, int n) {
        if (i >= n) {
            return CompletableFuture.completedFuture(sum);
        }
        return producer.next().thenCompose(v -> awaitLoop(producer, i + 1, sum + v, n));
    }

    /**
     * Await hop, callback style: a hand-written machine that is its own {@code Consumer}, registered with
     * {@code thenAccept} on each future it waits for (the cheapest way to wait for a {@code CompletableFuture}).
     */
    static final class CallbackLoop implements Consumer<Integer> {
        private final Producer producer;
        private final int n;
        private int i;
        private int sum;
        boolean done;

        CallbackLoop(Producer producer, int n) {
            this.producer = producer;
            this.n = n;
        }

        void start() {
            if (n > 0) {
                producer.next().thenAccept(this);
            } else {
                done = true;
            }
        }

        @Override
        public void accept(Integer value) {
            sum += value;
            if (++i < n) {
                producer.next().thenAccept(this);
            } else {
                done = true;
            }
        }

        int result() {
            return sum;
        }
    }
}
