// Named.super.greet() (a default method of an implemented interface) in a body is [kaa.super-in-coroutine], as
// super.m() is: the machine cannot reach it (usertest round 10: javac's "not an enclosing class" in the generated file).
// ERROR: [kaa.super-in-coroutine] A coroutine body cannot call 'Named.super.greet(...)'
import kaa.*;
import static kaa.Async.*;

public abstract class InterfaceSuperCall implements Named {
    @Override
    public String greet() {
        return "overridden";
    }

    @Coroutine
    InProgress<String> f() {
        yield_();
        return done(Named.super.greet()); // error here
    }
}

interface Named {
    default String greet() {
        return "hello";
    }
}
