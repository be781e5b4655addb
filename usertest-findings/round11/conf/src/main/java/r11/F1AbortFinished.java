package r11;

import kaa.*;
import static kaa.Async.*;

// F1 (minimised from P09). kaa: "Aborting a finished coroutine is an error." EXPECTED: an exception. 
abstract class F1AbortFinished {
    @Coroutine CoroutineInProgress<Integer> quick() { return done(1); }
    public static void main(String[] a) {
        var c = new F1AbortFinished_Coroutines().quick();
        System.out.println("abort() on a finished coroutine -> " + c.abort() + " (no exception)");
    }
}
