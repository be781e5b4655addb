// Finding 05 (minor): `assert yield_(check()) : "msg";` is rejected. The message is clear, but the README says
// "`yield_` may appear anywhere a method call may" and its list "What the processor rejects" does not mention
// assert. Also the message says "A assert statement" (should be "An assert statement").
// Class: README wrong or missing (+ message typo).
//
// Compile: /tmp/u5/findings/run-finding.sh 05-assert-with-yield-undocumented.java AssertYield
// Expected: either supported (evaluated only with -ea, as in plain Java) or listed in the README's rejections.
// Actual:
//   AssertYield.java:NN: error: [kaa.unsupported] A assert statement containing yield_() is not supported across
//   yield_() yet. Move the yield_() out of it.
import kaa.*;
import static kaa.Async.*;

public abstract class AssertYield {
    @Coroutine InProgress<Boolean> check() { yield_(); return done(true); }

    @Coroutine
    InProgress<String> run() {
        assert yield_(check()) : "invariant broken";
        return done("ok");
    }

    public static void main(String[] args) { System.out.println(new AssertYield_Coroutines().run().await()); }
}
