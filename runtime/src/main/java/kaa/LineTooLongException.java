package kaa;

import java.io.IOException;

/**
 * A {@code readLine} of a {@link Socket} or of a {@link Subprocess.Output} found no delimiter within the maximum line
 * length. Nothing was consumed: the bytes are still buffered, for {@code read()} or {@code readExactly}, and the
 * stream stays usable.
 */
public class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The limit that was exceeded, in bytes. */
    private final int maxLength;

    /**
     * Creates the exception.
     *
     * @param maxLength the limit that was exceeded
     */
    public LineTooLongException(int maxLength) {
        super("no line delimiter within the maximum line length of " + maxLength + " bytes");
        this.maxLength = maxLength;
    }

    /**
     * The limit that was exceeded.
     *
     * @return the maximum line length, delimiter included, in bytes
     */
    public int maxLength() {
        return maxLength;
    }
}
