// A pattern binding declared in the left operand of && or || (or in the condition of ?:) and read in the operand
// after it, which suspends: the left operand is stored in a temporary and the right one runs in a state of its own,
// where Java's flow scoping no longer carries the binding, so the generated code read a 'v' that was not in scope
// ("cannot find symbol", fuzzer, seed 20261210). Such bindings are now fields, stored when the pattern matches.
// OUTPUT:
// and: true -> then true
// and: false -> else
// and: x -> else
// or: 7 -> true
// or: 2 -> false
// or: y -> true
// choice: abc -> 3
// choice: 5 -> -1
import kaa.*;
import static kaa.Async.*;

public abstract class PatternBindingInShortCircuit {
    @Coroutine
    static InProgress<String> and(Object o) {
        if (o instanceof Boolean v && yield_(InProgress.finished(v))) {
            yield_();
            return done("then " + v);
        }
        return done("else");
    }

    @Coroutine
    static InProgress<Boolean> or(Object o) {
        boolean result = !(o instanceof Integer i) || yield_(InProgress.finished(i > 3));
        return done(result);
    }

    @Coroutine
    static InProgress<Integer> choice(Object o) {
        return done(o instanceof String s ? yield_(InProgress.finished(s.length())) : -1);
    }

    public static void main(String[] args) {
        for (Object o : new Object[] {true, false, "x"}) {
            System.out.println("and: " + o + " -> " + PatternBindingInShortCircuit_Coroutines.and(o).await());
        }
        for (Object o : new Object[] {7, 2, "y"}) {
            System.out.println("or: " + o + " -> " + PatternBindingInShortCircuit_Coroutines.or(o).await());
        }
        for (Object o : new Object[] {"abc", 5}) {
            System.out.println("choice: " + o + " -> " + PatternBindingInShortCircuit_Coroutines.choice(o).await());
        }
    }
}
