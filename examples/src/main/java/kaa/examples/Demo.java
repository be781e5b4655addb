package kaa.examples;

import java.time.Duration;
import kaa.Main;
import kaa.Timer;

/**
 * The README's demo: a countdown driven by the notifier (kaa's main loop). A repeating {@link Timer} prints 5 to 1,
 * one number per tick, then stops itself and the main loop, and the program prints "Liftoff!".
 */
public final class Demo {
    private static final Duration TICK = Duration.ofMillis(500);

    private Demo() {}

    /**
     * Runs the countdown.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int[] remaining = {5};
        Timer.whileTrue(() -> {
            System.out.println(remaining[0]);
            remaining[0]--;
            if (remaining[0] > 0) {
                return true;
            }
            Main.stop();
            return false;
        }).start(TICK);
        Main.run();
        System.out.println("Liftoff!");
    }
}
