// A final local with a constant initializer is a constant variable (JLS 4.12.4) wherever it is read, also after a
// yield_: a case label, an implicit narrowing, and string concatenation folded at compile time (and so interned)
// work as in a plain method; as a field of the machine it was none of these (usertest round 10).
// OUTPUT:
// max
// qr
// true true
// -1 -5 2.5 0.25 NaN -Infinity x
// \'
import kaa.*;
import static kaa.Async.*;

public abstract class ConstantLocalsAcrossYield {
    @Coroutine
    InProgress<String> labelsAndNarrowing(int v) {
        final int MAX = 10;
        final char C = 'q';
        yield_();
        String r = switch (v) {
            case MAX -> "max";
            default -> "other";
        };
        char next = C + 1;
        return done(r + "\n" + C + next);
    }

    @Coroutine
    InProgress<String> folding() {
        final String PREFIX = "ab";
        final int N = 3;
        yield_();
        String joined = PREFIX + "x";
        return done((joined == "abx") + " " + (PREFIX + N == "ab3"));
    }

    @Coroutine
    InProgress<String> everyKind() {
        final byte B = -1;
        final long L = -5L;
        final float F = 2.5f;
        final double D = 0.25;
        final double NAN = 0.0 / 0.0;
        final float NEG = -1.0f / 0.0f;
        final short S = 'x';
        final char QUOTE = '\'';
        final char BACKSLASH = '\\';
        yield_();
        byte b = B;
        short s = S;
        return done(b + " " + L + " " + F + " " + D + " " + NAN + " " + NEG + " " + (char) s + "\n" + BACKSLASH
                + QUOTE);
    }

    public static void main(String[] args) {
        ConstantLocalsAcrossYield c = new ConstantLocalsAcrossYield_Coroutines();
        System.out.println(c.labelsAndNarrowing(10).await());
        System.out.println(c.folding().await());
        System.out.println(c.everyKind().await());
    }
}
