import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| label=Save self=me state=2 states=[a, b]
//| iterator=it dispatch=d resume=r awaited=w operand=o
//| field x=10 local x=5 param n=4
//| shadow: 7
//| refs: [H1, H2] plus toString ok
public abstract class Names {
    int x = 10;
    String label = "field-label";

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    String helper(String s) {
        return "H" + s;
    }

    @Coroutine
    InProgress<String> ui() {
        String label = yield_(soon("Save"));
        String self = "me";
        int state = 1;
        List<String> states = new ArrayList<>();
        states.add("a");
        yield_();
        state++;
        states.add("b");
        return done("label=" + label + " self=" + self + " state=" + state + " states=" + states);
    }

    @Coroutine
    InProgress<String> machineWords() {
        String iterator = "it", dispatch = "d", resume = "r", awaited = "w", operand = "o";
        yield_();
        Iterator<String> realIt = List.of(iterator).iterator();
        String it = yield_(soon(realIt.next()));
        return done("iterator=" + it + " dispatch=" + dispatch + " resume=" + resume + " awaited=" + awaited
                + " operand=" + operand);
    }

    @Coroutine
    InProgress<String> shadowing(int n) {
        int x = 5;
        n = yield_(soon(n * 2));
        n /= 2;
        this.x = yield_(soon(this.x));
        return done("field x=" + this.x + " local x=" + x + " param n=" + n);
    }

    @Coroutine
    InProgress<Integer> shadow2() {
        int result = 0;
        {
            int t = yield_(soon(3));
            result += t;
        }
        {
            int t = yield_(soon(4));
            result += t;
        }
        return done(result);
    }

    @Coroutine
    InProgress<String> refs() {
        List<String> out = new ArrayList<>();
        for (String s : List.of("1", "2")) out.add(yield_(soon(s)));
        out.replaceAll(this::helper);
        String ts = yield_(soon(this)).toString();
        return done(out + (ts.isEmpty() ? "" : " plus toString ok"));
    }

    public static void main(String[] args) {
        Names n = new Names_Coroutines();
        System.out.println(n.ui().await());
        System.out.println(n.machineWords().await());
        System.out.println(n.shadowing(4).await());
        System.out.println("shadow: " + n.shadow2().await());
        System.out.println("refs: " + n.refs().await());
    }
}
