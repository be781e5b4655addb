import static kaa.Async.*;
import java.time.Duration;
import java.util.List;
import kaa.*;

public abstract class M {
    final Channel<String> channel = new Channel<>(0);
    final InProgress<String> never = new InProgress<>();
    final Signal<String> signal = new Signal<>();

    @Threaded
    InProgress<String> blocking() {
        try { Thread.sleep(60_000); } catch (InterruptedException e) { }
        return done("x");
    }

    @Coroutine InProgress<String> onNever()   { return done(yield_(never)); }                                   // 17
    @Coroutine InProgress<String> onTimeout() { return done(yield_(never.timeout(Duration.ofHours(1)))); }     // 18
    @Coroutine InProgress<List<String>> onAll() { return done(yield_(InProgress.all(onNever(), blocking()))); } // 19
    @Coroutine InProgress<AnyResult<String>> onAny() { return done(yield_(InProgress.any(never, blocking()))); } // 20
    @Coroutine InProgress<Void> onSend()      { yield_(channel.send("v")); return done(); }                    // 21
    @Coroutine InProgress<String> onReceive() { return done(yield_(new Channel<String>(1).receive())); }       // 22
    @Coroutine InProgress<String> onSignal()  { return done(yield_(signal.next())); }                          // 23
    @Coroutine InProgress<String> onThread()  { return done(yield_(blocking())); }                             // 24
    @Coroutine InProgress<String> onFuture()  { return done(yield_(InProgress.from(new java.util.concurrent.CompletableFuture<String>()))); } // 25
    @Coroutine InProgress<Void> onDelay()     { yield_(delay(Duration.ofHours(2))); return done(); }           // 26
    @Coroutine(policy = Policy.SYNCHRONIZED) InProgress<String> sync() { return done(yield_(never)); }         // 27

    public static void main(String[] args) throws Exception {
        M m = new M_Coroutines();
        InProgress<?>[] all = { m.onNever(), m.onTimeout(), m.onAll(), m.onAny(), m.onSend(), m.onReceive(),
                m.onSignal(), m.onThread(), m.onFuture(), m.onDelay(), m.sync(), m.sync() };
        delay(Duration.ofMillis(300)).await();
        for (InProgress<?> ip : all) System.out.println("toString: " + ip);
        System.out.println(Main.dump());
    }
}
