import static kaa.Async.*;
import kaa.*;

public abstract class M {
    @Coroutine
    InProgress<Void> work() {
        yield_();
        if (Boolean.getBoolean("slow")) {
            pause(250);                                // line 9: blocks the loop thread
        }
        return done();
    }

    static void pause(long ms) {
        try { Thread.sleep(ms); } catch (InterruptedException e) { }   // line 15
    }

    public static void main(String[] args) {
        new M_Coroutines().work().await();             // line 19
    }
}
