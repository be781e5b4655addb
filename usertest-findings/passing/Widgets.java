import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| [panel] clicked 1 by button-ok
//| [panel] clicked 2 by button-cancel
//| sorted=[cc, a, bbb]
//| name=panel inner=panel/child
//| static nested: 10
//| runnable says panel
public abstract class Widgets {
    final String name;
    final List<Runnable> pending = new ArrayList<>();
    int clicks;

    Widgets(String name) {
        this.name = name;
    }

    class Child {
        final String label;

        Child(String label) {
            this.label = label;
        }

        String path() {
            return Widgets.this.name + "/" + this.label;
        }
    }

    static final class Counter {
        @Coroutine
        static InProgress<Integer> countTo(int n) {
            int c = 0;
            while (c < n) {
                c++;
                yield_();
            }
            return done(c);
        }
    }

    interface ClickListener {
        void clicked(String source);
    }

    InProgress<String> nextClick(String who) {
        var ip = new InProgress<String>();
        Main.post(() -> ip.finish(who));
        return ip;
    }

    @Coroutine
    InProgress<Void> ui() {
        ClickListener listener = new ClickListener() {
            @Override
            public void clicked(String source) {
                clicks++;
                System.out.println("[" + name + "] clicked " + clicks + " by " + source);
            }
        };
        for (String b : List.of("ok", "cancel")) {
            String src = yield_(nextClick("button-" + b));
            listener.clicked(src);
        }
        List<String> words = new ArrayList<>(List.of("a", "bbb", "cc"));
        words.sort(new Comparator<String>() {
            @Override
            public int compare(String x, String y) {
                int byLen = Integer.compare(x.length() % 3, y.length() % 3);
                return byLen != 0 ? -byLen : x.compareTo(y);
            }
        });
        yield_();
        System.out.println("sorted=" + words);
        Child child = new Child("child");
        yield_();
        System.out.println("name=" + this.name + " inner=" + child.path());
        System.out.println("static nested: " + yield_(Widgets_Counter_Coroutines.countTo(10)));
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println("runnable says " + Widgets.this.name);
            }
        };
        yield_();
        r.run();
        return done();
    }

    public static void main(String[] args) {
        Widgets w = new Widgets_Coroutines("panel");
        w.ui().await();
    }
}
