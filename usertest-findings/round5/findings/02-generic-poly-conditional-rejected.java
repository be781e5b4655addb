// Finding 02: in any class that declares a @Coroutine, valid code is rejected by javac when a conditional (or
// switch) expression whose arms are generic method calls of a type-variable type is a method argument, e.g.
// `out.add(b ? l.get(0) : r.get(0))` with List<T>. The error is in the USER's source, even in a plain
// (non-coroutine) method of the class; class type variables (E) are affected too. Without the processor
// (-proc:none) the same code compiles; moved to a class without coroutines it compiles with the processor.
// Class: valid code fails to compile (javac error caused by the processor's analysis of the class); not listed
// among the README's three known javac limitations ("What the processor rejects").
//
// Compile + run:  /tmp/u5/findings/run-finding.sh 02-generic-poly-conditional-rejected.java GenericPoly        (JDK 25, --release 21)
//                 /tmp/u5/findings/run-finding.sh 02-generic-poly-conditional-rejected.java GenericPoly 17 17  (JDK 17: same error)
// Expected: [b, a] [b]
// Actual (javac 25 and 17):
//   GenericPoly.java:NN: error: incompatible types: bad type in conditional expression
//           out.add(b ? l.get(0) : r.get(0));
//                            ^
//       T#1 cannot be converted to T#2
//     where T#1,T#2 are type-variables:
//       T#1 extends Object declared in method <T#1>plain(List<T#1>,List<T#1>,boolean)
//       T#2 extends Object declared in method <T#2>plain(List<T#2>,List<T#2>,boolean)
//   (and for the switch-expression variant: "incompatible types: T#1 cannot be converted to T#2")
// Guess: the processor attributes the class's trees (docs say it analyses them through com.sun.source); the
// deferred-attribution copies of the poly arguments keep the type variables of that first attribution, so the
// real attribution sees two different `T`s. Same family as the README's "three things javac cannot compile".
// More shapes that fail the same way in a class with a coroutine (all compile with -proc:none):
//   for (T t : l) out.add(t == null ? l.get(0) : t);                       // Set<T>.add
//   return Optional.ofNullable(m.get(k)).orElse(m.isEmpty() ? d : m.values().iterator().next());
//   items.add(c ? e : items.get(0));                                       // class type variable E
//   dst.set(0, i > 0 ? src.get(i) : src.get(0));
//   map.put("k", l.size() > 1 ? l.get(1) : l.get(0));
//   return Collections.max(c ? items : List.of(items.get(0)));            // "inference variable E#1 has incompatible bounds ... E#2 ... E#3"
// Shapes that still work: done(c ? l.get(0) : r.get(0)), Objects.requireNonNull(c ? a : b), String.valueOf(c ? ..),
//   lambdas returning such a conditional, a local `T x = c ? .. : ..`.
// Workaround: `T next = b ? l.get(0) : r.get(0); out.add(next);`.
// Found while writing a merge sort coroutine (programs/AsyncSort.java, line with `// workaround`).
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class GenericPoly {
    static <T> List<T> plain(List<T> l, List<T> r, boolean b) {          // not a coroutine
        List<T> out = new ArrayList<>();
        out.add(b ? l.get(0) : r.get(0));
        out.add(switch (out.size()) { case 1 -> l.get(0); default -> r.get(0); });
        return out;
    }

    @Coroutine
    <T> InProgress<List<T>> pick(List<T> l, List<T> r) {
        List<T> out = new ArrayList<>();
        out.add(yield_(one()) > 0 ? l.get(0) : r.get(0));
        return done(out);
    }

    @Coroutine
    InProgress<Integer> one() { yield_(); return done(1); }

    public static void main(String[] args) {
        System.out.println(plain(List.of("a"), List.of("b"), false) + " "
            + new GenericPoly_Coroutines().pick(List.of("b"), List.of("c")).await());
    }
}
