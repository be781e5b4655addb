// ERROR: [kaa.private-member]
import kaa.*;
import static kaa.Async.*;

public abstract class PrivateField {
    private int secret = 1;

    @Coroutine
    InProgress<Integer> run() {
        yield_();
        return done(secret); // error here
    }

    void touch() {
        secret++;
    }
}
