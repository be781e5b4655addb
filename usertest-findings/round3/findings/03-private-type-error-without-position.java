// Finding 03 (unhelpful error message): a `var` local whose inferred type is a private nested type of the
// class gets, besides the correct positioned [kaa.private-member] error at the initializer, a second copy of
// the same error with NO source position (no file, no line). Private nested records/enums are common, so a
// user converting a class meets this at once; in a build with many errors the position-less line is noise
// and cannot be clicked in an IDE / Maven log. (With an explicit type, `Mode m = Mode.SLOW;`, there are two
// positioned errors on the same line instead, also a duplicate.)
//
// Reproduce (from /tmp/usertest3/findings):
//   M=~/.m2/repository; RT=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
//   PROC=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
//   mkdir -p /tmp/p3 && cp 03-private-type-error-without-position.java /tmp/p3/Priv2.java && javac -d /tmp/p3/out -cp $RT -processorpath $PROC /tmp/p3/Priv2.java
// Expected: one error, at Priv2.java:30 (`var mode = Mode.FAST;`), as README promises ("a compile error at
//   the exact line").
// Actual:
//   error: [kaa.private-member] A coroutine body cannot use the private member 'Mode' of Priv2: ... Make 'Mode' package-private.
//   Priv2.java:30: error: [kaa.private-member] A coroutine body cannot use the private member 'Mode' of Priv2: ... Make 'Mode' package-private.
//           var mode = Mode.FAST;
//                      ^
//   2 errors
// Guess: the check runs once over the tree (positioned) and once over the declared/inferred types of locals
//   (the `var` has no type tree to point at, so the message is reported on the element without a position).
import kaa.*;
import static kaa.Async.*;

public abstract class Priv2 {
    private enum Mode { FAST, SLOW }

    @Coroutine
    InProgress<String> run() {
        var mode = Mode.FAST;
        yield_();
        return done("mode " + mode);
    }
}
