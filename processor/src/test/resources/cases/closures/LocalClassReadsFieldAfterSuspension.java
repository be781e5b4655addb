// A local class reads the body's locals as fields of the machine whenever one of its instances runs, which no
// state's code shows: such a field is never cleared at a suspension, though no later state names it (before, the
// instance created before yield_() found list cleared: NullPointerException).
// OUTPUT:
// 4 2
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalClassReadsFieldAfterSuspension {
    @Coroutine
    static InProgress<String> run() {
        List<Integer> list = new ArrayList<>(List.of(4, 5));
        String label = "n";
        class Reader {
            int first() {
                return list.get(0);
            }

            int size() {
                return label.length() + list.size() - 1;
            }
        }
        Reader r = new Reader();
        yield_();
        yield_(InProgress.finished(1));
        return done(r.first() + " " + r.size());
    }

    public static void main(String[] args) {
        System.out.println(LocalClassReadsFieldAfterSuspension_Coroutines.run().await());
    }
}
