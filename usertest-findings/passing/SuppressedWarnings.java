import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaa.*;
import static kaa.Async.*;

//| [1, 2]
//| 0
//| 3
public abstract class SuppressedWarnings {

    @SuppressWarnings("unchecked")
    @Coroutine
    InProgress<List<Integer>> unchecked(Object raw) {
        List<Integer> l = (List<Integer>) raw;
        yield_();
        List<Integer> copy = new ArrayList<>(l);
        Map<String, Object> m = (Map<String, Object>) yield_(InProgress.finished((Object) Map.of()));
        copy.addAll((List<Integer>) yield_(InProgress.finished(raw)));
        copy.subList(2, 4).clear();
        System.out.println(copy);
        return done((List<Integer>) (Object) List.of(m.size()));
    }

    @SuppressWarnings({"deprecation", "removal"})
    @Coroutine
    InProgress<Integer> old() {
        Integer i = new Integer(3);
        yield_();
        return done(i);
    }

    public static void main(String[] args) {
        SuppressedWarnings p = new SuppressedWarnings_Coroutines();
        System.out.println(p.unchecked(List.of(1, 2)).await().get(0));
        System.out.println(p.old().await());
    }
}
