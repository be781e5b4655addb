package kaa.it;

import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kaa.Channel;
import kaa.ChannelClosedException;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A producer and a consumer coroutine connected by a {@link Channel}: the README's example. */
@ExtendWith(NotifierReports.class)
class ChannelTest {
    private Notifier notifier;

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    abstract static class Pipeline {
        final List<String> trace = new ArrayList<>();

        @Coroutine
        InProgress<Void> produce(Channel<Integer> channel, int count) {
            for (int i = 1; i <= count; i++) {
                yield_(channel.send(i));
                trace.add("sent " + i);
            }
            channel.close();
            return done();
        }

        @Coroutine
        InProgress<Integer> consume(Channel<Integer> channel) {
            int sum = 0;
            try {
                for (;;) {
                    int value = yield_(channel.receive());
                    trace.add("received " + value);
                    sum += value;
                }
            } catch (ChannelClosedException end) {
                return done(sum);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, Channel.UNLIMITED})
    void aConsumerReceivesEveryValueInOrderThenTheEnd(int capacity) {
        Pipeline pipeline = new ChannelTest_Pipeline_Coroutines();
        Channel<Integer> channel = new Channel<>(capacity);
        InProgress<Integer> sum = pipeline.consume(channel);
        InProgress<Void> produced = pipeline.produce(channel, 100);

        assertEquals(5050, sum.await());
        assertTrue(produced.isFinished());
        List<String> received = new ArrayList<>();
        for (String line : pipeline.trace) {
            if (line.startsWith("received")) {
                received.add(line);
            }
        }
        assertEquals(100, received.size());
        assertEquals("received 1", received.get(0));
        assertEquals("received 100", received.get(99));
    }

    @Test
    void aRendezvousAlternatesSendsAndReceives() {
        Pipeline pipeline = new ChannelTest_Pipeline_Coroutines();
        Channel<Integer> channel = new Channel<>(0);
        pipeline.consume(channel);
        pipeline.produce(channel, 2).await();
        assertEquals(List.of("received 1", "sent 1", "received 2", "sent 2"), pipeline.trace);
    }

    @Test
    void abortingAConsumerThatWaitsTakesItsReceiveOutOfTheChannel() {
        Pipeline pipeline = new ChannelTest_Pipeline_Coroutines();
        Channel<Integer> channel = new Channel<>(1);
        InProgress<Integer> first = pipeline.consume(channel);
        assertTrue(first.abort());
        assertInstanceOf(InProgressAbortedException.class, first.exception());

        InProgress<Integer> second = pipeline.consume(channel);
        pipeline.produce(channel, 3);
        assertEquals(6, second.await(), "no value went to the aborted consumer");
    }
}
