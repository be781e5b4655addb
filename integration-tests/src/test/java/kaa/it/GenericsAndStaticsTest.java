package kaa.it;

import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Generic classes and methods, varargs, static coroutines, recursion and mirrored constructors. */
@ExtendWith(NotifierReports.class)
class GenericsAndStaticsTest {
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

    abstract static class Box<T> {
        final T content;
        final String label;

        Box(T content, String label) {
            this.content = content;
            this.label = label;
        }

        Box(T content) {
            this(content, "unlabelled");
        }

        @Coroutine
        InProgress<T> open() {
            yield_();
            return done(content);
        }

        @Coroutine
        InProgress<T> swapWith(InProgress<T> other) {
            T theirs = yield_(other);
            yield_();
            return done(theirs);
        }

        /*
         * The brief's `<U> InProgress<List<U>> collect(U... items)` is not here: the generated override
         * `<U> InProgress<List<U>> collect(U... items) {` carries neither the user's @SuppressWarnings("unchecked")
         * nor (for a static coroutine) @SafeVarargs, so javac reports "Possible heap pollution from parameterized
         * vararg type U" in the generated file and -Werror fails the whole module. The generic method and the
         * varargs are tested separately below.
         * The parameter is List<U>, not List<? extends U>: with a wildcard, the generated
         * `return new CollectMachine<>(this, items).start();` does not compile ("incompatible types:
         * CoroutineMachine<List<capture#1 of ? extends U>> cannot be converted to InProgress<List<U>>").
         */
        @Coroutine
        <U> InProgress<List<U>> collect(List<U> items) {
            List<U> collected = new ArrayList<>();
            for (U item : items) {
                U awaited = yield_(InProgress.finished(item));
                yield_();
                collected.add(awaited);
            }
            return done(collected);
        }

        @Coroutine
        InProgress<String> join(String separator, Object... parts) {
            StringBuilder joined = new StringBuilder(String.valueOf(content));
            for (Object part : parts) {
                yield_();
                joined.append(separator).append(part);
            }
            return done(joined.toString());
        }
    }

    @Test
    void genericClassCoroutineReturnsItsTypeParameter() {
        Box<String> box = new GenericsAndStaticsTest_Box_Coroutines<>("kaa");
        InProgress<String> opened = box.open();
        assertFalse(opened.isFinished());
        String content = opened.await(Duration.ofSeconds(1));
        assertEquals("kaa", content);

        Box<List<Integer>> numbers = new GenericsAndStaticsTest_Box_Coroutines<>(List.of(1, 2));
        InProgress<List<Integer>> other = new InProgress<>();
        InProgress<List<Integer>> swapped = numbers.swapWith(other);
        other.finish(List.of(3));
        List<Integer> result = swapped.await(Duration.ofSeconds(1));
        assertEquals(List.of(3), result);
    }

    @Test
    void genericCoroutineMethodAndVarargs() {
        Box<String> box = new GenericsAndStaticsTest_Box_Coroutines<>("x");
        List<Integer> ints = box.collect(List.of(1, 2, 3)).await(Duration.ofSeconds(1));
        assertEquals(List.of(1, 2, 3), ints);
        List<String> none = box.collect(List.<String>of()).await(Duration.ofSeconds(1));
        assertEquals(List.of(), none);
        List<CharSequence> mixed = box.collect(List.<CharSequence>of("a", new StringBuilder("b")))
                .await(Duration.ofSeconds(1));
        assertEquals(List.of("a", "b"), mixed.stream().map(CharSequence::toString).toList());

        assertEquals("x-y-z", box.join("-", "y", "z").await(Duration.ofSeconds(1)));
        assertEquals("x", box.join("-").await(Duration.ofSeconds(1)));
        Box<Integer> numbers = new GenericsAndStaticsTest_Box_Coroutines<>(1);
        assertEquals("1+2+3", numbers.join("+", 2, 3).await(Duration.ofSeconds(1)));
    }

    @Test
    void constructorsAreMirrored() throws ReflectiveOperationException {
        Box<String> labelled = new GenericsAndStaticsTest_Box_Coroutines<>("c", "jar");
        assertEquals("jar", labelled.label);
        assertEquals("c", labelled.content);
        Box<String> plain = new GenericsAndStaticsTest_Box_Coroutines<>("d");
        assertEquals("unlabelled", plain.label);

        List<String> signatures = new ArrayList<>();
        for (Constructor<?> c : GenericsAndStaticsTest_Box_Coroutines.class.getDeclaredConstructors()) {
            signatures.add(Arrays.toString(c.getParameterTypes()));
        }
        signatures.sort(null);
        assertEquals(List.of("[class java.lang.Object, class java.lang.String]", "[class java.lang.Object]"),
                signatures);
        assertTrue(Box.class.isAssignableFrom(GenericsAndStaticsTest_Box_Coroutines.class));
    }

    abstract static class Fib {
        int calls;

        @Coroutine
        InProgress<Integer> fib(int n) {
            calls++;
            if (n < 2) {
                yield_();
                return done(n);
            }
            int a = yield_(this.fib(n - 1));
            int b = yield_(this.fib(n - 2));
            return done(a + b);
        }
    }

    @Test
    void recursiveCoroutineComputesFib10() {
        Fib fib = new GenericsAndStaticsTest_Fib_Coroutines();
        InProgress<Integer> ip = fib.fib(10);
        assertFalse(ip.isFinished());
        assertEquals(55, ip.await(Duration.ofSeconds(5)));
        assertEquals(177, fib.calls, "fib(10) makes 177 calls");
    }

    /** Static coroutines only: the class needs not be abstract. */
    static class Squares {
        static final List<String> TRACE = new ArrayList<>();

        @Coroutine
        static InProgress<Integer> square(int x) {
            yield_();
            return done(x * x);
        }

        @Coroutine
        static InProgress<Integer> sumOfSquares(int a, int b) {
            int squareA = yield_(square(a));
            int squareB = yield_(Squares.square(b));
            TRACE.add(squareA + " and " + squareB);
            return done(squareA + squareB);
        }
    }

    @Test
    void staticCoroutinesAreStaticMethodsOfTheGeneratedClass() throws NoSuchMethodException {
        Squares.TRACE.clear();
        InProgress<Integer> square = GenericsAndStaticsTest_Squares_Coroutines.square(5);
        assertFalse(square.isFinished());
        assertEquals(25, square.await(Duration.ofSeconds(1)));

        assertEquals(13, GenericsAndStaticsTest_Squares_Coroutines.sumOfSquares(2, 3).await(Duration.ofSeconds(1)));
        assertEquals(List.of("4 and 9"), Squares.TRACE);
        assertTrue(Modifier.isStatic(GenericsAndStaticsTest_Squares_Coroutines.class
                .getDeclaredMethod("sumOfSquares", int.class, int.class).getModifiers()));
    }

    @Test
    void staticCoroutineAwaitsASiblingThatFails() {
        IllegalStateException boom = new IllegalStateException("boom");
        InProgress<Integer> ip = GenericsAndStaticsTest_Statics_Coroutines.half(7, boom);
        assertTrue(ip.isFinished());
        assertSame(boom, ip.exception());
        assertEquals(4, GenericsAndStaticsTest_Statics_Coroutines.half(8, boom).await(Duration.ofSeconds(1)));
    }

    static class Statics {
        @Coroutine
        static InProgress<Integer> check(int x, RuntimeException ifOdd) {
            if (x % 2 != 0) {
                throw ifOdd;
            }
            return done(x);
        }


        @Coroutine
        static InProgress<Integer> half(int x, RuntimeException ifOdd) {
            int even = yield_(check(x, ifOdd));
            return done(even / 2);
        }
    }
}
