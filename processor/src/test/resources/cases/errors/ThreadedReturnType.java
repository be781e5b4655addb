// ERROR: [kaa.threaded-return-type]
import kaa.*;

public abstract class ThreadedReturnType {
    @Threaded(pool = "io")
    String read() { // error here
        return "not an InProgress";
    }
}
