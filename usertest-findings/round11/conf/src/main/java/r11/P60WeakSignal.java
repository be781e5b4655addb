package r11;

import kaa.*;

/*
 * P60: kaa connect_weak: the callback is dropped when its owner is collected; count() shrinks.
 * EXPECTED: before GC the weak callback runs; after dropping the owner and GC it does not run and count() is 0.
 */
class P60WeakSignal {
    static final class Owner { final String name; Owner(String n) { name = n; } }
    static Owner owner = new Owner("o1");
    public static void main(String[] a) throws Exception {
        var s = new Signal<String>();
        s.connectWeak(owner, (o, v) -> System.out.println("weak callback of " + o.name + ": " + v));
        s.emit("one");
        owner = null;
        for (int i = 0; i < 5; i++) { System.gc(); Thread.sleep(30); }
        s.emit("two");
        System.out.println("count after owner collected = " + s.count());
    }
}
