// An abort reaches through any(), all() and timeout() to what they combine, when nothing else awaits it: aborting a
// coroutine that awaits all(a, b) runs a's and b's finally blocks (usertest round 4, finding 01: they went on).
// A child awaited elsewhere too (through noAbort()) is left alone, and any() leaves its losers running.
// OUTPUT:
// a: aborted
// b: aborted
// parent: aborted
// c: aborted
// d: aborted
// shared still running: true
// winner w, loser still running: true
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public class AbortReachesCombinedChildren {
    @Coroutine
    static InProgress<String> child(String name, InProgress<String> never) {
        try {
            return done(yield_(never));
        } catch (InProgressAbortedException e) {
            System.out.println(name + ": aborted");
            throw e;
        }
    }

    @Coroutine
    static InProgress<Object> parent() {
        InProgress<String> never = new InProgress<>();
        try {
            return done(yield_(InProgress.all(child("a", never), child("b", never))));
        } catch (InProgressAbortedException e) {
            System.out.println("parent: aborted");
            throw e;
        }
    }

    public static void main(String[] args) {
        InProgress<Object> parent = AbortReachesCombinedChildren_Coroutines.parent();
        parent.abort();

        InProgress<String> never = new InProgress<>();
        InProgress<String> shared = new InProgress<>();
        InProgress<String> alsoAwaited = shared.noAbort();
        InProgress<AnyResult<String>> race = InProgress.any(
                AbortReachesCombinedChildren_Coroutines.child("c", never).timeout(Duration.ofHours(1)),
                AbortReachesCombinedChildren_Coroutines.child("d", never),
                shared);
        race.abort();
        System.out.println("shared still running: " + !shared.isFinished());

        InProgress<String> loser = new InProgress<>();
        AnyResult<String> won = InProgress.any(InProgress.finished("w"), loser).await();
        System.out.println("winner " + won.value() + ", loser still running: " + !loser.isFinished());
        alsoAwaited.abort();
    }
}
