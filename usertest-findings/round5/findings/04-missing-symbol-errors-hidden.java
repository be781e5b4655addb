// Finding 04 (minor): with the processor on the path, "cannot find symbol" errors in the class are not reported
// while any other error (a type mismatch) exists in it, so a compile shows 2 of 5 errors and the user fixes them
// in several rounds. javac without the processor reports all five at once.
// Class: confusing error message (errors withheld). README says "A mistake in a body ... is javac's own error,
// once, at your line" -- true for each error shown, but some are not shown at all until the others are fixed.
//
// Compile: /tmp/u5/findings/run-finding.sh 04-missing-symbol-errors-hidden.java Typos
// Expected (javac -proc:none, same file): 5 errors: lines 23 (incompatible types), 24 (cannot find symbol tow),
//   31 (cannot find symbol undefinedVar), 34 (String cannot be converted to int), 36 (Typos_Coroutines; expected
//   without the processor only).
// Actual with the processor: 2 errors, lines 23 and 34 only. Remove those two and recompile: now lines 24 and 31
//   are reported.
// Guess: the processor attributes the bodies during annotation processing; javac then stops on those
//   attribution errors and drops the resolution errors it had deferred for a later round.
import kaa.*;
import static kaa.Async.*;

public abstract class Typos {
    @Coroutine InProgress<Integer> one() { yield_(); return done(1); }

    @Coroutine
    InProgress<String> go() {
        String s = yield_(one());          // error 1: Integer -> String
        int n = yield_(tow());             // error 2: no method tow()
        return done(s + n);
    }

    @Coroutine
    InProgress<String> go2() {
        yield_();
        return done(undefinedVar);         // error 3
    }

    static int plain() { return "x"; }     // error 4

    public static void main(String[] args) { System.out.println(new Typos_Coroutines().go().await()); }
}
