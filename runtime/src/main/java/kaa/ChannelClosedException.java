package kaa;

/**
 * What a {@link Channel}'s {@link Channel#send send()} fails with once the channel is closed (and a send that was
 * waiting for room when it closed), and what {@link Channel#receive receive()} fails with once the channel is closed
 * and every value sent before has been received: the clear end of the stream for a consumer.
 */
public class ChannelClosedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused
     */
    public ChannelClosedException(String message) {
        super(message);
    }
}
