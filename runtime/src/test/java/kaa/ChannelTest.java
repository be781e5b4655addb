package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NotifierReports.class)
class ChannelTest {
    private final Notifier notifier = new Notifier(new ManualTicker());
    private Notifier previous;

    @BeforeEach
    void useTheNotifier() {
        previous = Main.notifier();
        Main.setNotifier(notifier);
    }

    @AfterEach
    void restore() {
        Main.setNotifier(previous);
        notifier.close();
    }

    @Test
    void aBufferedChannelTakesValuesUntilFullThenSendsWait() {
        Channel<Integer> channel = new Channel<>(2);
        assertTrue(channel.send(1).isFinished());
        assertTrue(channel.send(2).isFinished());
        InProgress<Void> third = channel.send(3);
        assertFalse(third.isFinished());

        assertEquals(1, channel.receive().result());
        assertTrue(third.isFinished(), "the room freed takes the waiting send's value");
        assertEquals(2, channel.receive().result());
        assertEquals(3, channel.receive().result());
        assertFalse(channel.receive().isFinished());
    }

    @Test
    void aRendezvousSendWaitsForAReceiverAndAReceiveForASender() {
        Channel<String> channel = new Channel<>(0);
        InProgress<Void> sent = channel.send("a");
        assertFalse(sent.isFinished());
        assertEquals("a", channel.receive().result());
        assertTrue(sent.isFinished());

        InProgress<String> received = channel.receive();
        assertFalse(received.isFinished());
        assertTrue(channel.send("b").isFinished());
        assertEquals("b", received.result());
    }

    @Test
    void anUnlimitedChannelNeverMakesASendWait() {
        Channel<Integer> channel = Channel.unlimited();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(channel.send(i).isFinished());
        }
        assertEquals(10_000, channel.size());
        assertEquals(0, channel.receive().result());
    }

    @Test
    void closeRefusesSendsKeepsBufferedValuesThenEndsReceives() {
        Channel<Integer> channel = new Channel<>(1);
        channel.send(1);
        InProgress<Void> waiting = channel.send(2);

        assertTrue(channel.close());
        assertFalse(channel.close());

        assertInstanceOf(ChannelClosedException.class, waiting.exception());
        assertInstanceOf(ChannelClosedException.class, channel.send(3).exception());
        assertEquals(1, channel.receive().result());
        assertInstanceOf(ChannelClosedException.class, channel.receive().exception());
    }

    @Test
    void closeEndsWaitingReceives() {
        Channel<Integer> channel = new Channel<>(4);
        InProgress<Integer> receiving = channel.receive();
        channel.close();
        assertInstanceOf(ChannelClosedException.class, receiving.exception());
    }

    @Test
    void anAbortedWaitingSendOrReceiveLeavesTheChannelConsistent() {
        Channel<Integer> channel = new Channel<>(0);
        InProgress<Void> first = channel.send(1);
        InProgress<Void> second = channel.send(2);
        assertTrue(first.abort());
        assertEquals(2, channel.receive().result(), "an aborted send's value is never received");
        assertTrue(second.isFinished());

        InProgress<Integer> r1 = channel.receive();
        InProgress<Integer> r2 = channel.receive();
        assertTrue(r1.abort());
        channel.send(3);
        assertEquals(3, r2.result(), "an aborted receive takes nothing");
        assertFalse(r1.abort(), "aborting twice");
        assertEquals("Channel[0/0 buffered, 0 sends and 0 receives waiting]", channel.toString());
    }

    @Test
    void aTimeoutThatAbortsAReceiveTakesItOut() {
        Channel<Integer> channel = new Channel<>(1);
        InProgress<Integer> timed = channel.receive().timeout(Duration.ofMillis(5), true);
        notifier.loopUntil(timed::isFinished);
        assertInstanceOf(InProgressTimeoutException.class, timed.exception());
        channel.send(7);
        assertEquals(1, channel.size(), "the value waits for the next receive");
        assertEquals(7, channel.receive().result());
    }

    @Test
    void producersAndConsumersOnOtherThreadsLoseAndDuplicateNothing() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Channel<Integer> channel = new Channel<>(8);
            int producers = 3;
            int perProducer = 20_000;
            List<Thread> threads = new ArrayList<>();
            long[] sums = new long[2];
            int[] counts = new int[2];
            for (int p = 0; p < producers; p++) {
                int base = p * perProducer;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < perProducer; i++) {
                        channel.send(base + i).await();
                    }
                }));
            }
            for (int c = 0; c < 2; c++) {
                int consumer = c;
                threads.add(new Thread(() -> {
                    for (;;) {
                        InProgress<Integer> next = channel.receive();
                        try {
                            sums[consumer] += next.await();
                            counts[consumer]++;
                        } catch (ChannelClosedException end) {
                            return;
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (int p = 0; p < producers; p++) {
                threads.get(p).join();
            }
            channel.close();
            for (Thread thread : threads) {
                thread.join();
            }
            int total = producers * perProducer;
            assertEquals(total, counts[0] + counts[1]);
            assertEquals((long) total * (total - 1) / 2, sums[0] + sums[1]);
        });
    }

    @Test
    void aNegativeCapacityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Channel<>(-1));
    }
}
