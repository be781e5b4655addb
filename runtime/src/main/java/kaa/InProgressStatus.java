package kaa;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress of a long operation (a download, a scan), kaa's {@code InProgressStatus}: a position out of a
 * maximum, the speed over the last few seconds, an estimated time to completion and a text progress bar.
 *
 * <pre>{@code
 * InProgressStatus progress = new InProgressStatus(file.length());
 * progress.changed().connect(p -> System.out.print("\r" + p.bar(30)));   // [=========>          ] 33%
 * while ((n = in.read(buffer)) > 0) { ...; progress.increment(n); }
 * }</pre>
 *
 * <p>Updates are safe from any thread (a worker thread may report while the loop thread displays);
 * {@link #changed()} is emitted on the updating thread after each change. Speed is measured on a
 * {@link Ticker}, by default the one of {@link Main#notifier()}, so tests can use virtual time.
 */
public final class InProgressStatus {
    /** The default width of {@link #toString()}'s bar, in characters between the brackets. */
    public static final int DEFAULT_BAR_WIDTH = 20;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_SAMPLES = 64;

    private final Ticker ticker;
    private final long windowNanos;
    private final Signal<InProgressStatus> changed = new Signal<>();

    // Samples of (time, position) for the speed, oldest first, in a ring buffer.
    private final long[] sampleTimes = new long[MAX_SAMPLES];
    private final long[] samplePositions = new long[MAX_SAMPLES];
    private int firstSample;
    private int sampleCount;

    private long position;
    private long maximum;

    /** Creates a status at position zero with an unknown (zero) maximum. */
    public InProgressStatus() {
        this(0);
    }

    /**
     * Creates a status at position zero.
     *
     * @param maximum the position at which the operation is complete; zero if unknown
     */
    public InProgressStatus(long maximum) {
        this(maximum, Main.notifier().ticker(), Duration.ofSeconds(5));
    }

    /**
     * Creates a status at position zero, measuring speed on {@code ticker} over a sliding window.
     *
     * @param maximum the position at which the operation is complete; zero if unknown
     * @param ticker the clock for {@link #speed()}
     * @param speedWindow how far back {@link #speed()} looks; must be positive
     */
    public InProgressStatus(long maximum, Ticker ticker, Duration speedWindow) {
        if (maximum < 0) {
            throw new IllegalArgumentException("negative maximum: " + maximum);
        }
        if (speedWindow.isNegative() || speedWindow.isZero()) {
            throw new IllegalArgumentException("the speed window must be positive: " + speedWindow);
        }
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.windowNanos = speedWindow.toNanos();
        this.maximum = maximum;
        addSample(ticker.nanoTime(), 0);
    }

    /**
     * Returns the current position.
     *
     * @return how far the operation got, in its own units
     */
    public synchronized long position() {
        return position;
    }

    /**
     * Returns the maximum.
     *
     * @return the position at which the operation is complete, or zero if unknown
     */
    public synchronized long maximum() {
        return maximum;
    }

    /**
     * Changes the maximum, for operations that learn their size late; emits {@link #changed()}.
     *
     * @param maximum the new maximum; zero if unknown
     */
    public void setMaximum(long maximum) {
        if (maximum < 0) {
            throw new IllegalArgumentException("negative maximum: " + maximum);
        }
        synchronized (this) {
            this.maximum = maximum;
        }
        changed.emit(this);
    }

    /**
     * Sets the position; emits {@link #changed()}.
     *
     * @param newPosition the new position; may move backwards (a retry)
     */
    public void update(long newPosition) {
        synchronized (this) {
            position = newPosition;
            addSample(ticker.nanoTime(), newPosition);
        }
        changed.emit(this);
    }

    /**
     * Moves the position forward by {@code amount}; emits {@link #changed()}.
     *
     * @param amount how many units were done
     */
    public void increment(long amount) {
        synchronized (this) {
            position += amount;
            addSample(ticker.nanoTime(), position);
        }
        changed.emit(this);
    }

    /** Moves the position forward by one; emits {@link #changed()}. */
    public void increment() {
        increment(1);
    }

    /**
     * Returns the completed percentage, rounded down and clamped to 0..100.
     *
     * @return the percentage, or 0 while the maximum is unknown
     */
    public synchronized int percentage() {
        if (maximum == 0) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, position * 100.0 / maximum));
    }

    /**
     * Returns how fast the position moved over the sliding window: from the last sample taken at or before
     * the start of the window (or the oldest sample, early on) up to now. Idle time counts, so the speed of
     * a stalled operation falls towards zero.
     *
     * @return units per second; zero until time has passed
     */
    public synchronized double speed() {
        long now = ticker.nanoTime();
        int baseline = baselineSample(now);
        long elapsed = now - sampleTimes[baseline];
        if (elapsed <= 0) {
            return 0;
        }
        return Math.max(0, position - samplePositions[baseline]) * (double) NANOS_PER_SECOND / elapsed;
    }

    /**
     * Estimates the time until the position reaches the maximum, at the current {@link #speed()}.
     *
     * @return the estimate ({@link Duration#ZERO} when complete), or empty while the maximum is unknown or
     *     nothing is moving
     */
    public synchronized Optional<Duration> eta() {
        if (maximum == 0) {
            return Optional.empty();
        }
        long remaining = maximum - position;
        if (remaining <= 0) {
            return Optional.of(Duration.ZERO);
        }
        double unitsPerSecond = speed();
        if (unitsPerSecond <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil(remaining / unitsPerSecond * NANOS_PER_SECOND)));
    }

    /**
     * Returns the signal emitted, with this status, after every change.
     *
     * @return the changed signal
     */
    public Signal<InProgressStatus> changed() {
        return changed;
    }

    /**
     * Draws a text progress bar with the percentage, such as {@code [=====>    ] 50%}: {@code width}
     * characters between the brackets, {@code =} for the part done and {@code >} at its head.
     *
     * @param width the number of characters between the brackets; at least 1
     * @return the bar and the percentage
     */
    public String bar(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("the bar needs at least one character: " + width);
        }
        int percent;
        int done;
        synchronized (this) {
            percent = percentage();
            done = maximum == 0 ? 0 : (int) Math.max(0, Math.min(width, position * (double) width / maximum));
        }
        StringBuilder bar = new StringBuilder(width + 7).append('[');
        bar.append("=".repeat(done));
        if (done < width) {
            bar.append('>').append(" ".repeat(width - done - 1));
        }
        return bar.append("] ").append(percent).append('%').toString();
    }

    /**
     * Returns {@link #bar(int)} of the {@linkplain #DEFAULT_BAR_WIDTH default width}.
     *
     * @return a text progress bar
     */
    @Override
    public String toString() {
        return bar(DEFAULT_BAR_WIDTH);
    }

    /**
     * Records (time, position) for {@link #speed()}. Samples closer together than a fraction of the window
     * are not kept, so the fixed-size buffer always spans more than one window however often updates come.
     * A position that moves backwards restarts the measurement.
     */
    private void addSample(long time, long samplePosition) {
        if (sampleCount > 0) {
            int newest = sampleIndex(sampleCount - 1);
            if (samplePosition < samplePositions[newest]) {
                sampleCount = 0;
            } else if (time - sampleTimes[newest] < windowNanos / (MAX_SAMPLES / 2)) {
                return;
            }
        }
        if (sampleCount == MAX_SAMPLES) {
            firstSample = sampleIndex(1);
            sampleCount--;
        }
        int slot = sampleIndex(sampleCount++);
        sampleTimes[slot] = time;
        samplePositions[slot] = samplePosition;
    }

    /** The latest sample at or before {@code now - window}, or the oldest one if none is that old. */
    private int baselineSample(long now) {
        int baseline = sampleIndex(0);
        for (int age = 1; age < sampleCount; age++) {
            int index = sampleIndex(age);
            if (now - sampleTimes[index] < windowNanos) {
                break;
            }
            baseline = index;
        }
        return baseline;
    }

    private int sampleIndex(int age) {
        return (firstSample + age) % MAX_SAMPLES;
    }
}
