package r11;

import kaa.*;

/*
 * P20: known kaa bug: "only the first callback connected after finishing fired" -> fixed: every callback
 * connected after finishing fires (and for failures, every exception callback).
 * Also connect order: callbacks connected before finish fire in connect order.
 * EXPECTED: before-1 before-2 (in order at finish), after-1 after-2 after-3 all fire; failed: e-after-1, e-after-2.
 */
class P20ConnectAfterFinish {
    public static void main(String[] a) {
        var ip = new InProgress<String>();
        ip.connect(v -> System.out.println("before-1 " + v));
        ip.connect(v -> System.out.println("before-2 " + v));
        ip.finish("v");
        for (int i = 1; i <= 3; i++) { int k = i; ip.connect(v -> System.out.println("after-" + k + " " + v)); }
        var bad = InProgress.<String>failed(new RuntimeException("x"));
        for (int i = 1; i <= 2; i++) { int k = i; bad.connectBoth(v -> {}, e -> System.out.println("e-after-" + k + " " + e.getMessage())); }
        System.out.println("(end)");
    }
}
