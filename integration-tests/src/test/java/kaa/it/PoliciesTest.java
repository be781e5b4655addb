package kaa.it;

import static kaa.Async.done;
import static kaa.Async.last;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import kaa.Coroutine;
import kaa.CoroutineInProgress;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import kaa.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @Coroutine(policy = …)}: SYNCHRONIZED, SINGLETON and PASS_LAST, on virtual time. */
@ExtendWith(NotifierReports.class)
class PoliciesTest {
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

    abstract static class Steps {
        final List<String> log = new ArrayList<>();
        InProgress<String> reentrant;

        @Coroutine
        InProgress<String> awaitOther(InProgress<String> other) {
            return done(yield_(other));
        }

        /** Three time slices per call, logging each: interleaves with other calls unless a policy prevents it. */
        @Coroutine
        InProgress<String> free(String name) {
            log.add(name + "1");
            yield_();
            log.add(name + "2");
            yield_();
            log.add(name + "3");
            return done(name);
        }

        @Coroutine(policy = Policy.SYNCHRONIZED)
        InProgress<String> serial(String name) {
            log.add(name + "1");
            yield_();
            log.add(name + "2");
            yield_();
            log.add(name + "3");
            return done(name);
        }

        @Coroutine(policy = Policy.SYNCHRONIZED)
        InProgress<String> serialAwait(String name, InProgress<String> gate) {
            try {
                log.add(name + " start");
                String value = yield_(gate);
                log.add(name + " got " + value);
                return done(name + value);
            } finally {
                log.add(name + " finally");
            }
        }

        @Coroutine(policy = Policy.SYNCHRONIZED)
        InProgress<Integer> immediate(int i) {
            log.add("i" + i);
            return done(i);
        }

        @Coroutine(policy = Policy.SYNCHRONIZED)
        static InProgress<String> staticSerial(List<String> log, String name) {
            log.add(name + "1");
            yield_();
            log.add(name + "2");
            return done(name);
        }

        @Coroutine(policy = Policy.SYNCHRONIZED)
        static InProgress<String> otherStaticSerial(List<String> log, String name) {
            log.add(name + "1");
            yield_();
            log.add(name + "2");
            return done(name);
        }

        @Coroutine(policy = Policy.SINGLETON)
        InProgress<String> single(String name, InProgress<String> gate) {
            log.add("enter " + name);
            // A call made by the first step itself already gets this invocation.
            reentrant = single("inner", gate);
            String value = yield_(gate);
            return done(name + value);
        }

        @Coroutine(policy = Policy.SINGLETON)
        InProgress<String> singleAtOnce(String name) {
            log.add("enter " + name);
            return done(name);
        }

        @Coroutine(policy = Policy.PASS_LAST)
        InProgress<String> chain(String part, InProgress<String> gate) {
            CoroutineInProgress<String> previous = last();
            log.add(part + " sees " + (previous == null ? "none" : "previous"));
            String before = previous == null ? "" : yield_(previous);
            String mine = yield_(gate);
            return done(before + part + mine);
        }
    }

    private static Steps steps() {
        return new PoliciesTest_Steps_Coroutines();
    }

    private void loopUntil(BooleanSupplier done) {
        notifier.loopUntil(done);
    }

    // ---------------------------------------------------------------------------------------------- SYNCHRONIZED

    @Test
    void withoutAPolicyCallsInterleave() {
        Steps s = steps();
        InProgress<String> a = s.free("a");
        InProgress<String> b = s.free("b");
        loopUntil(() -> a.isFinished() && b.isFinished());
        assertEquals(List.of("a1", "b1", "a2", "b2", "a3", "b3"), s.log);
    }

    @Test
    void synchronizedRunsBodiesOneAfterAnotherInCallOrder() {
        Steps s = steps();
        InProgress<String> a = s.serial("a");
        InProgress<String> b = s.serial("b");
        InProgress<String> c = s.serial("c");
        assertEquals(List.of("a1"), s.log, "only the first body is entered by the calls");
        loopUntil(c::isFinished);
        assertEquals(List.of("a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3"), s.log);
        assertEquals("a", a.result());
        assertEquals("b", b.result());
        assertEquals("c", c.result());
    }

    @Test
    void theNextBodyStartsInsideTheCompletionOfThePreviousOne() {
        Steps s = steps();
        InProgress<String> gate = new InProgress<>();
        InProgress<String> a = s.serialAwait("a", gate);
        InProgress<String> b = s.serialAwait("b", InProgress.finished("!"));
        assertEquals(List.of("a start"), s.log);
        gate.finish("?");
        // No loop iteration needed: a resumes inside finish(), and b starts when a completes.
        assertEquals(List.of("a start", "a got ?", "a finally", "b start", "b got !", "b finally"), s.log);
        assertEquals("a?", a.result());
        assertEquals("b!", b.result());
    }

    @Test
    void aFailedOrAbortedInvocationLetsTheNextOneStart() {
        Steps s = steps();
        InProgress<String> failing = new InProgress<>();
        InProgress<String> never = new InProgress<>();
        InProgress<String> a = s.serialAwait("a", failing);
        InProgress<String> b = s.serialAwait("b", never);
        InProgress<String> c = s.serialAwait("c", InProgress.finished("."));
        failing.fail(new IllegalStateException("boom"));
        assertInstanceOf(IllegalStateException.class, a.exception());
        assertEquals(List.of("a start", "a finally", "b start"), s.log);
        b.abort();
        assertInstanceOf(InProgressAbortedException.class, b.exception());
        assertEquals(List.of("a start", "a finally", "b start", "b finally", "c start", "c got .", "c finally"),
                s.log);
        assertEquals("c.", c.result());
    }

    @Test
    void anInvocationAbortedWhileQueuedNeverEntersItsBody() {
        Steps s = steps();
        InProgress<String> gate = new InProgress<>();
        InProgress<String> a = s.serialAwait("a", gate);
        InProgress<String> b = s.serialAwait("b", InProgress.finished("b"));
        InProgress<String> c = s.serialAwait("c", InProgress.finished("c"));
        assertTrue(b.abort());
        assertInstanceOf(InProgressAbortedException.class, b.exception(), "failed at once, while a still runs");
        assertFalse(a.isFinished());
        gate.finish("a");
        assertEquals(List.of("a start", "a got a", "a finally", "c start", "c got c", "c finally"), s.log,
                "b's body (and its finally) never ran");
        assertEquals("cc", c.result());
    }

    @Test
    void theQueueIsPerInstance() {
        Steps s1 = steps();
        Steps s2 = steps();
        InProgress<String> a = s1.serial("a");
        InProgress<String> b = s2.serial("b");
        assertEquals(List.of("a1"), s1.log);
        assertEquals(List.of("b1"), s2.log, "another instance's call starts at once");
        loopUntil(() -> a.isFinished() && b.isFinished());
    }

    @Test
    void aStaticMethodHasOneQueueAndOtherMethodsHaveTheirOwn() {
        List<String> log = new ArrayList<>();
        InProgress<String> a = PoliciesTest_Steps_Coroutines.staticSerial(log, "a");
        InProgress<String> b = PoliciesTest_Steps_Coroutines.staticSerial(log, "b");
        InProgress<String> x = PoliciesTest_Steps_Coroutines.otherStaticSerial(log, "x");
        assertEquals(List.of("a1", "x1"), log);
        loopUntil(() -> a.isFinished() && b.isFinished() && x.isFinished());
        // b starts inside a's completion, in a's time slice; x's own slice was queued before b's.
        assertEquals(List.of("a1", "x1", "a2", "b1", "x2", "b2"), log);
    }

    @Test
    void aLongQueueOfInvocationsThatFinishAtOnceRunsOnAConstantStack() {
        Steps s = steps();
        InProgress<String> gate = new InProgress<>();
        InProgress<String> ready = InProgress.finished("");
        s.serialAwait("first", gate);
        List<InProgress<String>> queued = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            queued.add(s.serialAwait(Integer.toString(i), ready));
        }
        assertEquals(List.of("first start"), s.log);
        gate.finish("go");
        for (int i = 0; i < queued.size(); i++) {
            assertEquals(Integer.toString(i), queued.get(i).result());
        }
        assertEquals(3 + 3 * 100_000, s.log.size());
        assertEquals("99999 finally", s.log.get(s.log.size() - 1));
    }

    @Test
    void eachMethodHasItsOwnQueue() {
        Steps s = steps();
        InProgress<String> gate = new InProgress<>();
        s.serialAwait("a", gate);
        s.immediate(1);
        assertEquals(List.of("a start", "i1"), s.log);
        gate.finish("");
    }

    // ---------------------------------------------------------------------------------------------- SINGLETON

    @Test
    void singletonReturnsTheUnfinishedInvocationAndIgnoresTheArguments() {
        Steps s = steps();
        InProgress<String> gate = new InProgress<>();
        InProgress<String> first = s.single("first", gate);
        InProgress<String> second = s.single("second", new InProgress<>());
        assertSame(first, second);
        assertEquals(List.of("enter first"), s.log, "the second body never ran");
        assertSame(first, s.reentrant, "a call made by the body's first step gets the invocation itself");
        gate.finish("!");
        assertEquals("first!", first.result());

        InProgress<String> third = s.single("third", InProgress.finished("?"));
        assertNotSame(first, third, "after it finished, a call starts a new invocation");
        assertEquals("third?", third.result());
    }

    @Test
    void singletonIsPerInstance() {
        Steps s1 = steps();
        Steps s2 = steps();
        InProgress<String> gate = new InProgress<>();
        InProgress<String> a = s1.single("a", gate);
        InProgress<String> b = s2.single("b", gate);
        assertNotSame(a, b);
        assertSame(a, s1.single("c", gate));
        assertSame(b, s2.single("d", gate));
        gate.finish("");
        assertEquals("a", a.result());
        assertEquals("b", b.result());
    }

    @Test
    void aSingletonThatFinishesInTheCallIsNotReused() {
        Steps s = steps();
        InProgress<String> a = s.singleAtOnce("a");
        InProgress<String> b = s.singleAtOnce("b");
        assertNotSame(a, b);
        assertEquals(List.of("enter a", "enter b"), s.log);
    }

    // ---------------------------------------------------------------------------------------------- PASS_LAST

    @Test
    void passLastChainsInvocations() {
        Steps s = steps();
        InProgress<String> ga = new InProgress<>();
        InProgress<String> gb = new InProgress<>();
        InProgress<String> gc = new InProgress<>();
        InProgress<String> a = s.chain("a", ga);
        InProgress<String> b = s.chain("b", gb);
        InProgress<String> c = s.chain("c", gc);
        assertEquals(List.of("a sees none", "b sees previous", "c sees previous"), s.log,
                "every body is entered at once");
        gc.finish("3");
        gb.finish("2");
        assertFalse(c.isFinished(), "c waits for b, which waits for a");
        ga.finish("1");
        assertEquals("a1", a.result());
        assertEquals("a1b2", b.result());
        assertEquals("a1b2c3", c.result());

        InProgress<String> d = s.chain("d", InProgress.finished("4"));
        assertEquals("d sees none", s.log.get(3), "the previous invocation finished: last() is null");
        assertEquals("d4", d.result());
    }

    @Test
    void lastIsTheInvocationItselfSoItCanBeAborted() {
        Steps s = steps();
        InProgress<String> never = new InProgress<>();
        InProgress<String> a = s.chain("a", never);
        InProgress<String> b = s.chain("b", InProgress.finished("b"));
        a.abort();
        assertInstanceOf(InProgressAbortedException.class, b.exception(),
                "b awaited a, whose abort it sees at its yield_");
    }

    @Test
    void abortingTheOnlyWaiterAbortsAPolicyInvocationToo() {
        Steps s = steps();
        InProgress<String> never = new InProgress<>();
        InProgress<String> serial = s.serialAwait("a", never);
        InProgress<String> chained = s.chain("b", never);
        InProgress<String> waiter = s.awaitOther(serial);
        InProgress<String> chainWaiter = s.awaitOther(chained);
        waiter.abort();
        chainWaiter.abort();
        assertInstanceOf(InProgressAbortedException.class, serial.exception(),
                "the queue's bookkeeping does not count as another waiter");
        assertInstanceOf(InProgressAbortedException.class, chained.exception(),
                "nor does the PASS_LAST slot");
        assertTrue(s.log.contains("a finally"));
    }

    // ---------------------------------------------------------------------------------------------- no leaks

    @Test
    void finishedInvocationsAreReleased() {
        Steps s = steps();
        WeakReference<InProgress<String>> single = new WeakReference<>(s.singleAtOnce("x"));
        WeakReference<InProgress<String>> chained = new WeakReference<>(s.chain("y", InProgress.finished("")));
        WeakReference<InProgress<Integer>> serial = new WeakReference<>(s.immediate(1));
        assertTrue(collected(single), "the SINGLETON slot forgot the finished invocation");
        assertTrue(collected(chained), "the PASS_LAST slot forgot the finished invocation");
        assertTrue(collected(serial), "the SYNCHRONIZED queue forgot the finished invocation");
        assertNull(s.single("z", new InProgress<>()).exception(), "the instance still works");
    }

    @Test
    void aCollectedInstanceTakesItsQueueWithIt() {
        WeakReference<Steps> instance = queueOnACollectableInstance();
        assertTrue(collected(instance), "nothing global holds the instance, its queue or its queued invocations");
    }

    private static WeakReference<Steps> queueOnACollectableInstance() {
        Steps s = steps();
        InProgress<String> gate = new InProgress<>();
        s.serialAwait("a", gate);
        s.serialAwait("b", gate);
        s.serialAwait("c", gate);
        s.chain("d", gate);
        s.single("e", gate);
        return new WeakReference<>(s);
    }

    private static boolean collected(WeakReference<?> reference) {
        for (int i = 0; i < 50 && reference.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return reference.get() == null;
    }
}
