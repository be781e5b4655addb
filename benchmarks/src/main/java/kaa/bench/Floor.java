package kaa.bench;

import java.util.ArrayDeque;

/**
 * The floor: what a coroutine costs when written by hand, with no library at all. A state machine with a
 * {@code label} and a {@code switch}, like the generated ones, resumed from an {@code ArrayDeque<Runnable>} run
 * queue (yield) or called back directly by a minimal single-threaded promise (await), which is how kaa resumes an
 * awaiting coroutine too. Nothing here is thread-safe, guarded against failures or abortable: that is the point.
 */
final class Floor {
    private Floor() {}

    /** The run queue: one {@code ArrayDeque}, run until empty. */
    static final class RunQueue {
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

        void enqueue(Runnable task) {
            queue.addLast(task);
        }

        void runUntilEmpty() {
            Runnable task;
            while ((task = queue.pollFirst()) != null) {
                task.run();
            }
        }
    }

    /** A single-threaded promise with one waiter. */
    static final class Promise {
        private static final Object PENDING = new Object();

        Object value = PENDING;
        Machine waiter;

        boolean isDone() {
            return value != PENDING;
        }

        void complete(Object result) {
            value = result;
            Machine w = waiter;
            if (w != null) {
                waiter = null;
                w.resume();
            }
        }

        static Promise completed(Object result) {
            Promise p = new Promise();
            p.value = result;
            return p;
        }
    }

    /** A hand-written coroutine: {@link #resume()} runs from {@link #label} until it suspends or ends. */
    abstract static class Machine implements Runnable {
        int label;
        boolean done;
        int result;

        abstract void resume();

        @Override
        public final void run() {
            resume();
        }
    }

    /** {@code for (i = 0; i < n; i++) yield_();} on a run queue. */
    static final class YieldLoop extends Machine {
        private final RunQueue queue;
        private final int n;
        private int i;

        YieldLoop(RunQueue queue, int n) {
            this.queue = queue;
            this.n = n;
        }

        @Override
        void resume() {
            for (;;) {
                switch (label) {
                    case 0:
                        i = 0;
                        label = 1;
                        continue;
                    case 1:
                        if (i >= n) {
                            result = i;
                            done = true;
                            return;
                        }
                        label = 2;
                        queue.enqueue(this);
                        return;
                    case 2:
                        i++;
                        label = 1;
                        continue;
                    default:
                        throw new IllegalStateException("no such state: " + label);
                }
            }
        }
    }

    /** Hands out the promise the machine awaits next. */
    static final class Producer {
        Promise pending;

        Promise next() {
            Promise p = new Promise();
            pending = p;
            return p;
        }

        void finishPending() {
            Promise p = pending;
            pending = null;
            p.complete(KaaBodies.ONE);
        }
    }

    /** {@code for (i = 0; i < n; i++) sum += yield_(source.next());}, each await resumed by the producer. */
    static final class AwaitLoop extends Machine {
        private final Producer producer;
        private final Promise finished;
        private final int n;
        private int i;
        private int sum;
        private Promise awaited;

        /** Awaits {@code producer.next()}, or {@code finished} every time when {@code producer} is null. */
        AwaitLoop(Producer producer, Promise finished, int n) {
            this.producer = producer;
            this.finished = finished;
            this.n = n;
        }

        @Override
        void resume() {
            for (;;) {
                switch (label) {
                    case 0:
                        i = 0;
                        sum = 0;
                        label = 1;
                        continue;
                    case 1: {
                        if (i >= n) {
                            result = sum;
                            done = true;
                            return;
                        }
                        Promise p = producer != null ? producer.next() : finished;
                        awaited = p;
                        label = 2;
                        if (!p.isDone()) {
                            p.waiter = this;
                            return;
                        }
                        continue;
                    }
                    case 2: {
                        Promise p = awaited;
                        awaited = null;
                        sum += (Integer) p.value;
                        i++;
                        label = 1;
                        continue;
                    }
                    default:
                        throw new IllegalStateException("no such state: " + label);
                }
            }
        }
    }
}
