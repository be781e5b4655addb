package kaa.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.InProgressStatus;
import kaa.ManualTicker;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgressDisplay}: on a terminal, the screen (as a small VT100 interpreter sees it) shows one live line per
 * download; elsewhere, plain lines at each tenth and at the end, without escape sequences.
 */
class ProgressDisplayTest {
    private final ManualTicker ticker = new ManualTicker();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(written, true, UTF_8);

    private InProgressStatus status(long maximum) {
        return new InProgressStatus(maximum, ticker, Duration.ofSeconds(5));
    }

    private String output() {
        return written.toString(UTF_8);
    }

    /**
     * Plays {@code output} on an emulated screen that understands what the display uses: CR, LF, {@code ESC[nA}
     * (cursor up) and {@code ESC[2K} (clear the line). Anything else escaped fails the test.
     */
    private static List<String> screen(String output) {
        List<StringBuilder> lines = new ArrayList<>();
        lines.add(new StringBuilder());
        int row = 0;
        int column = 0;
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '\r') {
                column = 0;
            } else if (c == '\n') {
                row++;
                column = 0;
                if (row == lines.size()) {
                    lines.add(new StringBuilder());
                }
            } else if (c == '\u001b') {
                int end = i + 2;
                while (!Character.isLetter(output.charAt(end))) {
                    end++;
                }
                String sequence = output.substring(i + 1, end + 1);
                if (sequence.equals("[2K")) {
                    lines.get(row).setLength(0);
                } else if (sequence.matches("\\[\\d+A")) {
                    row = Math.max(0, row - Integer.parseInt(sequence.substring(1, sequence.length() - 1)));
                } else {
                    throw new AssertionError("unexpected escape sequence " + sequence);
                }
                i = end;
            } else {
                StringBuilder line = lines.get(row);
                while (line.length() < column) {
                    line.append(' ');
                }
                if (column < line.length()) {
                    line.setCharAt(column, c);
                } else {
                    line.append(c);
                }
                column++;
            }
        }
        List<String> text = new ArrayList<>();
        for (StringBuilder line : lines) {
            text.add(line.toString());
        }
        if (text.get(text.size() - 1).isEmpty()) {
            text.remove(text.size() - 1); // the cursor's line below the bars
        }
        return text;
    }

    @Test
    void onATerminalEachDownloadHasOneLineRedrawnInPlace() {
        ProgressDisplay display = new ProgressDisplay(out, true, 10);
        InProgressStatus small = status(1000);
        InProgressStatus large = status(4 << 20);
        InProgressStatus unknown = status(0);
        ProgressDisplay.Bar smallBar = display.add("small.bin", small);
        ProgressDisplay.Bar largeBar = display.add("large.bin", large);
        ProgressDisplay.Bar unknownBar = display.add("chunked.bin", unknown);

        small.increment(500);
        large.increment(1 << 20);
        ticker.advance(Duration.ofSeconds(1));
        large.increment(1 << 20);
        unknown.increment(3000);
        smallBar.done();
        unknownBar.failed("timed out");

        List<String> screen = screen(output());
        assertEquals(3, screen.size(), () -> "one line per download: " + screen);
        assertEquals(smallBar.line(), screen.get(0));
        assertEquals(largeBar.line(), screen.get(1));
        assertEquals(unknownBar.line(), screen.get(2));
        assertTrue(screen.get(0).startsWith("small.bin        [=====>    ] 50%"), screen.get(0));
        assertTrue(screen.get(0).endsWith("500 B / 1000 B  done"), screen.get(0));
        assertTrue(screen.get(1).startsWith("large.bin        [=====>    ] 50%"), screen.get(1));
        assertTrue(screen.get(1).contains("2.0 MiB / 4.0 MiB"), screen.get(1));
        assertTrue(screen.get(1).endsWith("/s"), "a speed, once time has passed: " + screen.get(1));
        assertTrue(screen.get(2).contains("2.9 KiB / ?  failed: timed out"), screen.get(2));
    }

    @Test
    void aFinishedBarNoLongerChanges() {
        ProgressDisplay display = new ProgressDisplay(out, true, 10);
        InProgressStatus status = status(100);
        ProgressDisplay.Bar bar = display.add("a", status);
        status.increment(10);
        bar.failed("aborted");
        String before = output();
        status.increment(50);
        bar.done();
        assertEquals(before, output(), "nothing was drawn after the bar ended");
        assertTrue(bar.line().endsWith("failed: aborted"), bar.line());
    }

    @Test
    void elsewhereItPrintsPlainLinesAtEachTenthAndAtTheEnd() {
        ProgressDisplay display = new ProgressDisplay(out, false, 10);
        InProgressStatus status = status(1000);
        ProgressDisplay.Bar bar = display.add("file.bin", status);
        for (int i = 0; i < 100; i++) {
            status.increment(10); // 100 changes, 10 tenths
        }
        bar.done();
        String text = output();
        assertFalse(text.contains("\u001b"), "no escape sequences in plain output");
        String[] lines = text.split("\n");
        assertEquals(1 + 10 + 1, lines.length, text);
        assertTrue(lines[0].contains("0%"), lines[0]);
        assertTrue(lines[1].contains("10%"), lines[1]);
        assertTrue(lines[10].contains("100%"), lines[10]);
        assertTrue(lines[11].endsWith("done"), lines[11]);
        for (String line : lines) {
            assertTrue(line.startsWith("file.bin "), line);
        }
    }

    @Test
    void plainLinesForAnUnknownSizeComeEveryMebibyte() {
        ProgressDisplay display = new ProgressDisplay(out, false, 10);
        InProgressStatus status = status(0);
        display.add("stream", status);
        for (int i = 0; i < 40; i++) {
            status.increment(100_000); // 4 000 000 bytes: three whole mebibytes
        }
        assertEquals(1 + 3, output().split("\n").length, output());
    }

    @Test
    void longLabelsAreCutAndByteCountsAreReadable() {
        ProgressDisplay display = new ProgressDisplay(out, false, 10);
        ProgressDisplay.Bar bar = display.add("a-very-long-file-name.bin", status(10));
        assertTrue(bar.line().startsWith("a-very-long-fil~ ["), bar.line());
        assertEquals("999 B", ProgressDisplay.bytes(999));
        assertEquals("1.5 KiB", ProgressDisplay.bytes(1536));
        assertEquals("3.8 MiB", ProgressDisplay.bytes(4_000_000));
        assertEquals("2.0 GiB", ProgressDisplay.bytes(2L << 30));
    }
}
