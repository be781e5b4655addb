import kaa.*;
import static kaa.Async.*;
public abstract class Svc {
    @Threaded InProgress<String> fetch() { return done("real"); }
}
