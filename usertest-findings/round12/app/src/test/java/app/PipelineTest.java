package app;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import kaa.*;
import org.junit.jupiter.api.Test;

class PipelineTest extends VirtualTimeTest {
    @Test
    void producerConsumerOnVirtualTime() {
        Pipeline p = Pipeline.create();
        Channel<String> ch = new Channel<>(0);
        InProgress<List<String>> got = p.collect(ch);
        p.produce(ch, 5, Duration.ofMinutes(1));
        assertEquals(List.of("event-0", "event-1", "event-2", "event-3", "event-4"), got.await());
        assertEquals(Duration.ofMinutes(5), elapsed());
    }

    @Test
    void stepByStep() {
        Pipeline p = Pipeline.create();
        Channel<String> ch = new Channel<>(Channel.UNLIMITED);
        InProgress<Void> prod = p.produce(ch, 3, Duration.ofSeconds(10));
        notifier.loopUntil(prod::isFinished, Duration.ofMinutes(1));
        assertEquals(Duration.ofSeconds(30), elapsed());
        assertEquals(List.of("event-0", "event-1", "event-2"), p.collect(ch).await());
    }
}
