// Finding 01: compound assignment whose right-hand side contains yield_ and an operator is lowered without
// parentheses: `a *= yield_(x) + 1` becomes `a = old * awaitedValue() + 1`.
// Class: wrong behaviour (silently), or generated code does not compile (when the un-parenthesized form mistypes).
//
// Compile + run:  /tmp/u5/findings/run-finding.sh 01-compound-assignment-precedence.java CompoundAssign
//   (copies the file to /tmp/finding-CompoundAssign/CompoundAssign.java; JDK 25 javac --release 21 -Xlint:all
//    -Xlint:-processing -Werror, processor on -processorpath; generated sources in /tmp/finding-CompoundAssign/gen)
//
// Expected (plain Java): 30 9 10 15 8 30 30 x3
// Actual:                21 7 250 7 7 12 21 x12
// Generated (gen/CompoundAssign_CoroutineMachines.java):
//   a = old * this.<Integer>awaitedValue() + 1;
//   b = old_2 - this.<Integer>awaitedValue() - 1;
//   d = old_3 / this.<Integer>awaitedValue() * 5;
//   e = old_4 + this.<Integer>awaitedValue() == 1 ? 5 : 7;    ... etc.
// The narrowing case (byte/char/`int *= double`) is correct: it emits `(byte) (old + v)`, parenthesized.
// Variant that makes the generated code not compile: see 01b-compound-assignment-generated-does-not-compile.java
// (found in programs/CacheJ17.java): with a generic V,
//   `n += yield_(load(k)) != null ? 1 : 0;`  ->  `n = old + this.<V>awaitedValue() != null ? 1 : 0;`
//   error: bad operand types for binary operator '+'  (int, V)   -- reported in the generated file.
// Same for `String s = "x"; s += yield_(two()) > 1 ? "Y" : "N";` -> bad operand types for '>'.
import kaa.*;
import static kaa.Async.*;

public abstract class CompoundAssign {
    int total = 10;

    @Coroutine
    InProgress<Integer> two() { yield_(); return done(2); }

    @Coroutine
    InProgress<String> run() {
        int a = 10; a *= yield_(two()) + 1;                 // 30
        int b = 10; b -= yield_(two()) - 1;                 // 9
        int d = 100; d /= yield_(two()) * 5;                // 10
        int e = 10; e += yield_(two()) == 2 ? 5 : 7;        // 15
        int c = 2;  c *= switch (yield_(two())) { case 2 -> 3; default -> 4; } + 1;   // 8
        int f = 10; f *= 1 + yield_(two());                 // 30
        total *= yield_(two()) + 1;                         // 30 (field target; arrays too)
        String s = "x"; s += 1 + yield_(two());             // x3
        return done(a + " " + b + " " + d + " " + e + " " + c + " " + f + " " + total + " " + s);
    }

    public static void main(String[] args) {
        System.out.println(new CompoundAssign_Coroutines().run().await());
    }
}
