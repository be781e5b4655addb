package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P25: inprogress(signal): an InProgress of the signal's next emission (README: yield_(signal.next())).
 * Aborting it disconnects from the signal.
 * EXPECTED: got first (only the next emission, not later ones) ; count back to 0 after it finished;
 *   an aborted next() leaves 0 connections; so does aborting a coroutine that awaits next().
 */
abstract class P25SignalNext {
    @Coroutine InProgress<String> listen(Signal<String> s) {
        String v = yield_(s.next());
        return done(v);
    }
    public static void main(String[] a) {
        var s = new Signal<String>();
        var c = new P25SignalNext_Coroutines().listen(s);
        System.out.println("connections while waiting: " + s.count());
        s.emit("first"); s.emit("second");
        System.out.println("got " + c.result() + " ; connections after: " + s.count());
        var n = s.next();
        System.out.println("connections with a pending next(): " + s.count());
        n.abort();
        System.out.println("after abort of next(): " + s.count());
        var c2 = new P25SignalNext_Coroutines().listen(s);
        c2.abort();
        System.out.println("after abort of a coroutine awaiting next(): " + s.count());
    }
}
