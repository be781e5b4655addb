// ERROR: [kaa.threaded-return-type]
// ERROR-LINE: 7
import kaa.*;

public abstract class ThreadedReturnType {
    @Threaded(pool = "io")
    String read() { // error here
        return "not an InProgress";
    }
}
