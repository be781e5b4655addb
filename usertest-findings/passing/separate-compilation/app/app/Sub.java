package app;

import kaa.*;
import lib.Base;
import lib.Base_Coroutines;
import static kaa.Async.*;

public abstract class Sub extends Base {
    @Coroutine
    public InProgress<String> loadBoth(int a, int b) {
        String x = yield_(load(a));
        String y = yield_(load(b));
        int t = yield_(Base_Coroutines.twice(b));
        return done(x + " " + y + " " + t);
    }

    public static void main(String[] args) {
        Sub s = new Sub_Coroutines();
        System.out.println(s.load(1).await());
        System.out.println(s.loadBoth(2, 3).await());
    }
}
