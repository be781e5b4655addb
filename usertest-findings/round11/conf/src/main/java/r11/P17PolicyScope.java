package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P17: policy state is per instance for methods and per function (method) otherwise.
 * EXPECTED: instance A and B SINGLETON calls are independent (different InProgress);
 *   static SINGLETON: two calls share (same InProgress); two different static methods are independent.
 */
abstract class P17PolicyScope {
    @Coroutine(policy = Policy.SINGLETON) InProgress<String> inst(InProgress<String> g) { return done(yield_(g)); }
    @Coroutine(policy = Policy.SINGLETON) static InProgress<String> stat(InProgress<String> g) { return done(yield_(g)); }
    @Coroutine(policy = Policy.SINGLETON) static InProgress<String> stat2(InProgress<String> g) { return done(yield_(g)); }
    public static void main(String[] a) {
        var A = new P17PolicyScope_Coroutines(); var B = new P17PolicyScope_Coroutines();
        var g = new InProgress<String>();
        System.out.println("instances share: " + (A.inst(g) == B.inst(g)) + " ; same instance shares: " + (A.inst(g) == A.inst(new InProgress<>())));
        System.out.println("static shares: " + (P17PolicyScope_Coroutines.stat(g) == P17PolicyScope_Coroutines.stat(new InProgress<>())));
        System.out.println("different static methods share: " + (P17PolicyScope_Coroutines.stat(g) == P17PolicyScope_Coroutines.stat2(g)));
        g.finish("ok");
    }
}
