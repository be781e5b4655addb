package r11;

import kaa.*;

/*
 * P35: signals. kaa: connect, connect_once, connect_first, disconnect, count, emit (iterates a copy; once-callbacks
 * are removed before being called; a callback's exception is logged and the rest still run).
 * EXPECTED: first:A(connectFirst) then B, C(once), D ; count 4, then 4 again (once-callback C removed, E added) ;
 *   a callback connected during emit is not called in that emit ; a once-callback that re-emits is not called again ;
 *   exception in B is logged, D still runs ; disconnect(cb) works.
 */
class P35Signals {
    public static void main(String[] a) {
        var s = new Signal<String>();
        java.util.function.Consumer<String> b = v -> { System.out.println("B " + v); if (v.equals("2")) throw new RuntimeException("B fails"); };
        s.connect(b);
        s.connectOnce(v -> { System.out.println("C(once) " + v); s.emit("reentrant"); });
        s.connect(v -> { System.out.println("D " + v); if (v.equals("1")) s.connect(w -> System.out.println("E(added during emit) " + w)); });
        s.connectFirst(v -> System.out.println("A(first) " + v));
        System.out.println("count=" + s.count());
        s.emit("1");
        System.out.println("count=" + s.count());
        s.emit("2");
        System.out.println("disconnect B -> " + s.disconnect(b) + " count=" + s.count());
        s.emit("3");
    }
}
