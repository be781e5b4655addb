// 03 With a bounded Notifier, posting more tasks than its capacity before the loop runs hangs the thread forever
// Compile+run:
//   cd /tmp/u7/findings && mkdir -p out03 && javac -d out03 -cp /tmp/u7/lib/rt.jar 03-bounded-queue-post-hang.java \
//     && timeout 20 java -cp out03:/tmp/u7/lib/rt.jar BoundedQueuePostHang
// Expected (README, "Who drives the loop"): "new Notifier(ticker, capacity) bounds the queue of tasks posted from
//   other threads: a full queue makes the posting thread wait." Here main is not an "other thread": nobody drives
//   the loop, and main is the thread that will drive it (its next call is await()). A post from the loop thread
//   (a task posting 100 more, checked) is not bounded, so this one should not be either, or it should fail with a
//   message.
// Actual: main parks in Semaphore.acquireUninterruptibly (kaa.Notifier.offerPosted <- Notifier.post <- Main.post)
//   at the 11th post and never returns. A watchdog prints the stack after 3 s; interrupt() does not help.
//     HANG after 10 posts; main is at:
//       jdk.internal.misc.Unsafe.park ... Semaphore.acquireUninterruptibly ... kaa.Notifier.offerPosted ... Main.post
// Guess: post() treats any thread that is not currently driving as a producer, including the thread that would
//   drive next, and waits on the semaphore without interruption. It could run the task inline or drain the queue
//   when nobody drives, or at least fail with a message.
// Class: hang.
import kaa.*;
import java.time.Duration;

class BoundedQueuePostHang {
    public static void main(String[] a) {
        Main.setNotifier(new Notifier(Ticker.system(), 10));
        int[] posted = {0};
        Thread main = Thread.currentThread();
        Thread watchdog = new Thread(() -> {
            try { Thread.sleep(3000); } catch (InterruptedException e) { return; }
            System.out.println("HANG after " + posted[0] + " posts; main is at:");
            for (StackTraceElement e : main.getStackTrace()) System.out.println("    " + e);
            main.interrupt();
            try { Thread.sleep(1000); } catch (InterruptedException e) { }
            System.out.println("still stuck after interrupt(): " + main.getState());
            System.exit(2);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        for (int i = 0; i < 100; i++) { Main.post(() -> { }); posted[0]++; }
        Async.delay(Duration.ofMillis(10)).await();
        System.out.println("all 100 posted and run");
        watchdog.interrupt();
    }
}
