// Passing program 18: member names like start/resume/step/state/label/self/result used in a body (no clash with generated code)
// Build/run: javac -d out -cp $RT -processorpath $PROC Service.java && java -cp out:$RT Service   (RT/PROC as in findings headers)
// Expected output:
//   result()/toString(3)/machine()/param-self/field-self [start(), resume(), step(), run(), fail(x), finish(7), abort()] state=new->running label=7
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Service {
    String state = "new";
    int label = 7;
    Object self = "field-self";
    final List<String> log = new ArrayList<>();

    void start() { log.add("start()"); }
    void resume() { log.add("resume()"); }
    void step() { log.add("step()"); }
    void run() { log.add("run()"); }
    String result() { return "result()"; }
    void fail(Throwable t) { log.add("fail(" + t.getMessage() + ")"); }
    void finish(Object o) { log.add("finish(" + o + ")"); }
    void abort() { log.add("abort()"); }
    String toString(int x) { return "toString(" + x + ")"; }
    Object machine() { return "machine()"; }

    @Coroutine
    InProgress<String> go(String self, int resume) {
        start();
        yield_();
        resume();
        step();
        run();
        var state = this.state + "->running";
        yield_();
        fail(new Exception("x"));
        finish(label);
        abort();
        var result = result() + "/" + toString(resume) + "/" + machine() + "/" + self + "/" + this.self;
        yield_();
        this.state = state;
        return done(result + " " + log + " state=" + this.state + " label=" + label);
    }

    public static void main(String[] a) {
        System.out.println(new Service_Coroutines().go("param-self", 3).await());
    }
}
