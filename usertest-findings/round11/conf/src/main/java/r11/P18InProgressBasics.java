package r11;

import kaa.*;

/*
 * P18: InProgress one-shot: finish twice is an error; result() raises if unfinished and re-raises a failure;
 * exception(); finished/failed flags. README: "finish(value) or fail(e) (each once; a second is an
 * IllegalStateException)".
 * EXPECTED: result() unfinished -> exception; finish twice -> IllegalStateException; fail after finish ->
 *   IllegalStateException; result() on failed re-raises the same object; exception() gives it.
 */
class P18InProgressBasics {
    public static void main(String[] a) {
        var ip = new InProgress<String>();
        try { System.out.println("result() unfinished returned " + ip.result()); } catch (RuntimeException e) { System.out.println("result() unfinished threw " + V.name(e)); }
        ip.finish("v");
        System.out.println("finished=" + ip.isFinished() + " failed=" + ip.isFailed() + " result=" + ip.result() + " exception=" + ip.exception());
        try { ip.finish("w"); System.out.println("second finish accepted?!"); } catch (IllegalStateException e) { System.out.println("second finish: " + V.name(e)); }
        try { ip.fail(new RuntimeException()); System.out.println("fail after finish accepted?!"); } catch (IllegalStateException e) { System.out.println("fail after finish: " + V.name(e)); }
        System.out.println("tryFinish after finish -> " + ip.tryFinish("z"));
        var bad = new InProgress<String>();
        var boom = new IllegalArgumentException("boom");
        bad.fail(boom);
        try { bad.result(); } catch (RuntimeException e) { System.out.println("result() on failed re-raised same=" + (e == boom) + " " + V.name(e)); }
        System.out.println("exception()=" + V.name(bad.exception()) + " failed=" + bad.isFailed() + " finished=" + bad.isFinished());
        var checked = new InProgress<String>();
        checked.fail(new java.io.IOException("io"));
        try { checked.result(); } catch (RuntimeException e) { System.out.println("result() on checked failure: " + V.name(e) + " cause=" + V.name(e.getCause())); }
        bad.connectBoth(v -> {}, e -> {}); // observed
    }
}
