package kaa.examples;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import kaa.InProgressStatus;

/**
 * Progress bars for the demo's downloads, one per {@link InProgressStatus}, redrawn whenever a status changes.
 *
 * <p>On a terminal the bars stay in place: each redraw moves the cursor back up over the bars drawn before (ANSI
 * {@code ESC[nA}), clears each line ({@code ESC[2K}) and draws it again, so the screen shows one live line per
 * download. Anywhere else (output to a file or a pipe, {@code TERM=dumb}) it prints plain lines instead, one each time
 * a download passes another tenth of its size (or, for a download of unknown size, another mebibyte) and one when it
 * ends, so a log stays readable.
 *
 * <pre>{@code
 * ProgressDisplay display = ProgressDisplay.forStandardOutput();
 * ProgressDisplay.Bar bar = display.add("large.bin", status);   // status.increment(n) as bytes arrive
 * ...
 * bar.done();                                                   // or bar.failed("timed out")
 * }</pre>
 *
 * <p>Safe from any thread: {@link InProgressStatus#changed()} is emitted on the updating thread.
 */
final class ProgressDisplay {
    private static final String CLEAR_LINE = "\u001b[2K";
    private static final int LABEL_WIDTH = 16;
    private static final int PLAIN_STEPS = 10;
    private static final long PLAIN_UNKNOWN_STEP = 1 << 20;

    private final PrintStream out;
    private final boolean terminal;
    private final int barWidth;
    private final List<Bar> bars = new ArrayList<>();
    /** How many lines the last terminal redraw left on the screen, for the cursor to go back up over. */
    private int drawnLines;

    /**
     * Creates a display.
     *
     * @param out where to draw
     * @param terminal whether {@code out} is a terminal that understands ANSI cursor movement
     * @param barWidth the characters between the brackets of a bar
     */
    ProgressDisplay(PrintStream out, boolean terminal, int barWidth) {
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
        if (barWidth < 1) {
            throw new IllegalArgumentException("a bar needs at least one character: " + barWidth);
        }
        this.barWidth = barWidth;
    }

    /**
     * A display on {@code System.out}: live bars if it is a terminal, plain lines otherwise.
     *
     * @return the display
     */
    static ProgressDisplay forStandardOutput() {
        return new ProgressDisplay(System.out, isTerminal(), 30);
    }

    /**
     * Tells whether standard output is an interactive terminal that understands ANSI escapes: {@link System#console()}
     * exists and (on JDK 22 and later, where a console may exist without a terminal) {@code Console.isTerminal()}
     * says so, and {@code TERM} is not {@code dumb}.
     *
     * @return {@code true} on a terminal
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException before22) {
            return true; // before JDK 22 there is a console only when both standard streams are a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Adds a bar below the others, and draws it.
     *
     * @param label what it shows progress of (cut to 16 characters)
     * @param status the progress; the bar follows its {@link InProgressStatus#changed()}
     * @return the bar, to mark it done or failed
     */
    Bar add(String label, InProgressStatus status) {
        Bar bar = new Bar(label, status);
        synchronized (this) {
            bars.add(bar);
            bar.announced();
        }
        status.changed().connect(bar.listener);
        return bar;
    }

    /** One download's line. */
    final class Bar {
        private final String label;
        private final InProgressStatus status;
        /** Kept so that it can be disconnected: a method reference is equal only to itself. */
        private final Consumer<InProgressStatus> listener = this::changed;
        // Guarded by the display.
        private String outcome;
        private String drawn;
        private long plainStepsPrinted = -1;

        private Bar(String label, InProgressStatus status) {
            this.label = label.length() > LABEL_WIDTH ? label.substring(0, LABEL_WIDTH - 1) + "~" : label;
            this.status = Objects.requireNonNull(status, "status");
        }

        /** Marks the download finished: the line says "done" and stops changing. */
        void done() {
            end("done");
        }

        /**
         * Marks the download failed: the line says why and stops changing.
         *
         * @param reason such as "timed out" or "aborted"
         */
        void failed(String reason) {
            end("failed: " + reason);
        }

        /**
         * Returns the line as it is drawn now.
         *
         * @return the label, the bar, the sizes and the speed or the outcome
         */
        String line() {
            synchronized (ProgressDisplay.this) {
                return render();
            }
        }

        private void end(String text) {
            status.changed().disconnect(listener);
            synchronized (ProgressDisplay.this) {
                if (outcome != null) {
                    return;
                }
                outcome = text;
                if (terminal) {
                    redraw();
                } else {
                    out.println(render());
                    out.flush();
                }
            }
        }

        private void announced() {
            if (terminal) {
                redraw();
            } else {
                plainStepsPrinted = plainStep();
                out.println(render());
                out.flush();
            }
        }

        private void changed(InProgressStatus ignored) {
            synchronized (ProgressDisplay.this) {
                if (outcome != null) {
                    return;
                }
                if (terminal) {
                    if (!render().equals(drawn)) {
                        redraw();
                    }
                    return;
                }
                long step = plainStep();
                if (step > plainStepsPrinted) {
                    plainStepsPrinted = step;
                    out.println(render());
                    out.flush();
                }
            }
        }

        /** Which tenth of the size (or mebibyte, size unknown) the download is in, for plain lines. */
        private long plainStep() {
            long maximum = status.maximum();
            long position = status.position();
            return maximum > 0 ? Math.min(position, maximum) * PLAIN_STEPS / maximum
                    : position / PLAIN_UNKNOWN_STEP;
        }

        private String render() {
            long position = status.position();
            long maximum = status.maximum();
            String sizes = maximum > 0 ? bytes(position) + " / " + bytes(maximum) : bytes(position) + " / ?";
            String tail;
            if (outcome != null) {
                tail = outcome;
            } else {
                double speed = status.speed();
                tail = speed > 0 ? bytes((long) speed) + "/s" : "";
            }
            String bar = maximum > 0 ? status.bar(barWidth) : "[" + " ".repeat(barWidth) + "]   ?";
            String line = String.format(Locale.ROOT, "%-" + LABEL_WIDTH + "s %s %21s  %s", label, bar, sizes, tail);
            return line.stripTrailing();
        }
    }

    /** Draws every bar again, in place: up over the lines drawn before, then each line cleared and written. */
    private void redraw() {
        StringBuilder screen = new StringBuilder();
        if (drawnLines > 0) {
            screen.append("\u001b[").append(drawnLines).append('A');
        }
        for (Bar bar : bars) {
            String line = bar.render();
            bar.drawn = line;
            screen.append('\r').append(CLEAR_LINE).append(line).append('\n');
        }
        drawnLines = bars.size();
        out.print(screen);
        out.flush();
    }

    /** A byte count for people: {@code 512 B}, {@code 1.5 KiB}, {@code 3.8 MiB}. */
    static String bytes(long count) {
        if (count < 1024) {
            return count + " B";
        }
        double value = count;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
