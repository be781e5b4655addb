import static kaa.Async.*;
import java.util.List;
import kaa.*;

public abstract class M {
    @Threaded
    InProgress<Integer> load(String s) {
        return done(Integer.parseInt(s));              // line 8: throws on the worker thread
    }

    @Coroutine
    InProgress<Integer> middle(String s) {
        int v = yield_(load(s));                       // line 13
        return done(v);
    }

    @Coroutine
    InProgress<List<Integer>> outer() {
        List<Integer> v = yield_(InProgress.all(middle("1"), middle("x")));   // line 19
        return done(v);
    }

    public static void main(String[] args) {
        M m = new M_Coroutines();
        try {
            m.outer().await();                         // line 26
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        m.load("y").await();                           // line 30: plain code awaits a @Threaded job
    }
}
