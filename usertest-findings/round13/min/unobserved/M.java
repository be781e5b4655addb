import static kaa.Async.*;
import kaa.*;

public abstract class M {
    @Coroutine
    InProgress<Integer> parse(String s) {
        yield_();
        return done(Integer.parseInt(s));              // line 8
    }

    public static void main(String[] args) throws Exception {
        M m = new M_Coroutines();
        m.parse("gc");                                 // line 13: nobody awaits; collected below
        Main.step();                                   // parse resumes and fails
        System.gc(); Thread.sleep(200); System.gc(); Thread.sleep(200);
        m.parse("exit");                               // line 16: nobody awaits; still referenced at exit
        Main.step();
        System.out.println("main ends");
    }
}
