import kaa.*;
import static kaa.Async.*;

//| label=Cancel state=READY self=widget states=3 awaited=false iterator=none
//| label=Cancel! state=READY
public abstract class Fields {
    String label = "Cancel";
    String state = "READY";
    String self = "widget";
    int states = 3;
    boolean awaited;
    String iterator = "none";

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    String resume() {
        return "label=" + label + " state=" + state;
    }

    @Coroutine
    InProgress<String> describe() {
        yield_();
        String s = "label=" + label + " state=" + state + " self=" + self + " states=" + states;
        yield_(soon(1));
        s += " awaited=" + awaited + " iterator=" + iterator;
        System.out.println(s);
        label += yield_(soon("!"));
        return done(resume());
    }

    public static void main(String[] args) {
        System.out.println(new Fields_Coroutines().describe().await());
    }
}
