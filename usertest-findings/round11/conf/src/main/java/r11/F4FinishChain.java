package r11;

import kaa.*;

// F4 (minimised from P19). kaa: "finish(value) ... finishing with an unfinished InProgress chains to it".
// EXPECTED: outer stays pending, then finishes with "deep" when inner does.
class F4FinishChain {
    public static void main(String[] a) {
        var inner = new InProgress<Object>();
        var outer = new InProgress<Object>();
        outer.finish(inner);
        inner.finish("deep");
        System.out.println("outer.result() = " + outer.result() + (outer.result() == inner ? "  (the inner InProgress itself)" : ""));
    }
}
