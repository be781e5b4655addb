// Passing program 14: stack-trace rewriting through coroutines and @Threaded, toString of suspended coroutines, Main.dump() (registry off; with -Dkaa.debug.coroutines=true it lists them)
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p14debug.Boom
// Expected output (checked by hand against the README's semantics; timings may vary):
//   42
//   java.lang.NumberFormatException: For input string: "x"
//   	at java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)
//   	at java.base/java.lang.Integer.parseInt(Integer.java:668)
//   	at java.base/java.lang.Integer.parseInt(Integer.java:786)
//   	at p14debug.Boom.parse(Boom.java:12)
//   	at p14debug.Boom.middle(Boom.java:17)
//   	at p14debug.Boom.outer(Boom.java:23)
//   	at kaa.runtime.collapsed(3 kaa frames)
//   	at p14debug.Boom.main(Boom.java:46)
//   java.lang.NumberFormatException: For input string: "y"
//   	at java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)
//   	at java.base/java.lang.Integer.parseInt(Integer.java:668)
//   	at java.base/java.lang.Integer.parseInt(Integer.java:786)
//   	at p14debug.Boom.threaded(Boom.java:34)
//   	at p14debug.Boom.viaThread(Boom.java:39)
//   	at kaa.runtime.collapsed(3 kaa frames)
//   	at p14debug.Boom.main(Boom.java:51)
//   Boom.sleeper[suspended at Boom.java:28 awaiting delay PT5S]
//   Boom.middle[suspended at Boom.java:17 awaiting coroutine Boom.parse]
//   kaa coroutine dump: the registry of live coroutines is off; start the JVM with -Dkaa.debug.coroutines=true to list them
//   notifier: Notifier[Ticker.system(), idle]
//   
//   Boom.sleeper[failed: kaa.InProgressAbortedException: aborted] / 6
package p14debug;

import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

/** Stack-trace rewriting, toString of suspended coroutines, Main.dump(), unobserved failures. */
public abstract class Boom {
    @Coroutine
    InProgress<Integer> parse(String text) {
        yield_();
        return done(Integer.parseInt(text));            // line 12
    }

    @Coroutine
    InProgress<Integer> middle(String text) {
        var n = yield_(parse(text));                     // line 17
        return done(n + 1);
    }

    @Coroutine
    InProgress<Integer> outer(String text) {
        return done(yield_(middle(text)) * 2);           // line 23
    }

    @Coroutine
    InProgress<Void> sleeper() {
        yield_(delay(Duration.ofSeconds(5)));            // line 28
        return done();
    }

    @Threaded
    InProgress<Integer> threaded(String s) {
        return done(Integer.parseInt(s));                // line 34
    }

    @Coroutine
    InProgress<Integer> viaThread(String s) {
        return done(yield_(threaded(s)));                // line 39
    }

    public static void main(String[] args) throws Exception {
        Boom b = new Boom_Coroutines();
        System.out.println(b.outer("20").await());
        try {
            b.outer("x").await();                        // line 46
        } catch (NumberFormatException e) {
            e.printStackTrace(System.out);
        }
        try {
            b.viaThread("y").await();                    // line 51
        } catch (NumberFormatException e) {
            e.printStackTrace(System.out);
        }
        var s = b.sleeper();
        var w = b.middle("5");
        System.out.println(s);
        System.out.println(w);
        System.out.println(Main.dump());
        s.abort();
        System.out.println(s + " / " + w.await());
        b.parse("not observed");                      // failure nobody observes: logged at exit?
    }
}
