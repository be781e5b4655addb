// User names that a generator might also pick for its own fields and locals must not clash or be shadowed.
// OUTPUT:
// state=s result=r exception=e value=v label=l self=f resume=u machine=m $state=$ this$0=t
// ok
import kaa.*;
import static kaa.Async.*;

public abstract class HygienicNames {
    @Coroutine
    InProgress<String> run(String state) {
        String result = "r";
        String exception = "e";
        String value = "v";
        String label = "l";
        String self = "f";
        String resume = "u";
        String machine = "m";
        String $state = "$";
        String this$0 = "t";
        yield_();
        System.out.println("state=" + state + " result=" + result + " exception=" + exception + " value=" + value
                + " label=" + label + " self=" + self + " resume=" + resume + " machine=" + machine
                + " $state=" + $state + " this$0=" + this$0);
        String done = yield_(InProgress.finished("ok"));
        return done(done);
    }

    public static void main(String[] args) {
        HygienicNames coroutines = new HygienicNames_Coroutines();
        System.out.println(coroutines.run("s").await());
    }
}
