package kaa;

import java.util.concurrent.CountDownLatch;

/** Threads for race tests: started together on a latch, or run to completion from inside a callback. */
final class RaceThreads {
    private RaceThreads() {}

    /** A daemon thread that runs {@code body} once {@code go} opens, so that several start at the same moment. */
    static Thread startOnSignal(String name, CountDownLatch go, Runnable body) {
        Thread thread = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            body.run();
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Runs {@code body} on a new thread and waits for it: "from another thread", also inside a callback. */
    static void runOnOtherThread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
