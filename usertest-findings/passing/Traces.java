import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| stuck: true
//| caught NumberFormatException: For input string: "x"
//| Traces.parse:23
//| Traces.middle:29
//| Traces.outer:35
//| Traces.main:43
public abstract class Traces {
    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    @Coroutine
    InProgress<Integer> parse(String text) {
        yield_();
        String t = yield_(soon(text));
        return done(Integer.parseInt(t));
    }

    @Coroutine
    InProgress<Integer> middle(String text) {
        yield_();
        int v = yield_(parse(text));
        return done(v + 1);
    }

    @Coroutine
    InProgress<Integer> outer(String text) {
        return done(yield_(middle(text)) * 2);
    }

    public static void main(String[] args) {
        Traces t = new Traces_Coroutines();
        InProgress<Integer> pending = t.outer("x");
        System.out.println("stuck: " + pending.toString().contains("Traces.outer[suspended at Traces.java:35"));
        try {
            pending.await();
        } catch (NumberFormatException e) {
            System.out.println("caught NumberFormatException: " + e.getMessage());
            List<String> mine = new ArrayList<>();
            for (StackTraceElement el : e.getStackTrace())
                if (el.getClassName().equals("Traces"))
                    mine.add(el.getClassName() + "." + el.getMethodName() + ":" + el.getLineNumber());
            mine.forEach(System.out::println);
        }
    }
}
