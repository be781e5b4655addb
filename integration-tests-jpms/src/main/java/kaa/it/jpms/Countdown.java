package kaa.it.jpms;

import java.time.Duration;

import kaa.Coroutine;
import kaa.InProgress;

import static kaa.Async.delay;
import static kaa.Async.done;
import static kaa.Async.yield_;

/** Counts down with a suspension per step; its generated subclass lives in this module too. */
public abstract class Countdown {
    /** For the generated subclass. */
    protected Countdown() {}

    /** A new countdown. */
    public static Countdown create() {
        return new Countdown_Coroutines();
    }

    /**
     * Suspends once per step, then finishes with a line naming the module it ran in.
     *
     * @param from the first number
     * @return the numbers counted, and the module
     */
    @Coroutine
    public InProgress<String> count(int from) {
        StringBuilder counted = new StringBuilder();
        for (int i = from; i > 0; i--) {
            counted.append(i).append(' ');
            yield_(delay(Duration.ofMillis(1)));
        }
        return done(counted + "in " + getClass().getModule().getName());
    }

    /**
     * Runs a countdown from 3 and prints what it finished with.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(create().count(3).await());
    }
}
