package r11;

import kaa.*;

// F2 (minimised from P55). kaa: "abort(exc) (error if not abortable ...)"; a plain InProgress with nothing connected
// to its abort signal is not abortable. EXPECTED: an exception; the InProgress stays pending.
class F2NotAbortable {
    public static void main(String[] a) {
        var ip = new InProgress<String>();
        System.out.println("abort() -> " + ip.abort() + " ; failed=" + ip.isFailed() + " (no exception)");
        try { ip.finish("producer's result"); System.out.println("producer finish() ok"); }
        catch (IllegalStateException e) { System.out.println("producer's later finish() -> " + V.name(e)); }
    }
}
