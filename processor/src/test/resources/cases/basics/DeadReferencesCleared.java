// A suspended coroutine keeps nothing it no longer needs: a hoisted reference that is dead where the body resumes
// is cleared before it suspends, so the object can be collected while the coroutine waits.
// OUTPUT:
// payload used: 1048576
// collected while suspended: true
// finished: done
import java.lang.ref.WeakReference;
import kaa.*;
import static kaa.Async.*;

public abstract class DeadReferencesCleared {
    static WeakReference<byte[]> reference;

    @Coroutine
    InProgress<String> run(InProgress<String> gate) {
        byte[] payload = new byte[1 << 20];
        reference = new WeakReference<>(payload);
        yield_();
        System.out.println("payload used: " + payload.length);
        String result = yield_(gate);
        return done(result);
    }

    public static void main(String[] args) throws InterruptedException {
        InProgress<String> gate = new InProgress<>();
        InProgress<String> running = new DeadReferencesCleared_Coroutines().run(gate);
        Main.step();
        boolean collected = false;
        for (int i = 0; i < 50 && !collected; i++) {
            System.gc();
            Thread.sleep(10);
            collected = reference.get() == null;
        }
        System.out.println("collected while suspended: " + collected);
        gate.finish("done");
        System.out.println("finished: " + running.await());
    }
}
