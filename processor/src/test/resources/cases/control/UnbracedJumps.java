// Jumps and returns as unbraced bodies: of a split if (bug 25: 'if (yield_(x) >= 3) break;' left the dispatch
// switch), of else-if chains, of nested copied statements (labeled break/continue), and unbraced loop bodies with
// yield_. Expected output: the same program as plain Java.
// OUTPUT:
// b3
// c4
// d2
// zone2
// 00 10 11 20 21 22
// 12 8 3 xy
// early
// late
import kaa.*;
import static kaa.Async.*;

public abstract class UnbracedJumps {
    static InProgress<Integer> v(int x) {
        return InProgress.finished(x);
    }

    @Coroutine
    static InProgress<String> breakFromSplitIf() {
        int i = 0;
        while (true) {
            i++;
            if (yield_(v(i)) >= 3) break;
        }
        return done("b" + i);
    }

    @Coroutine
    static InProgress<String> continueFromSplitIf() {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            if (yield_(v(i)) % 2 == 0) continue;
            sum += i;
        }
        return done("c" + sum);
    }

    @Coroutine
    static InProgress<String> returnFromSplitIf() {
        for (int i = 0; ; i++)
            if (yield_(v(i)) == 2) return done("d" + i);
    }

    @Coroutine
    static InProgress<String> elseIfChain(int n) {
        String out = "";
        for (int i = 0; i < n; i++)
            if (i == 0) out += "z";
            else if (yield_(v(i)) == 1) out += "one";
            else if (i == 3) break;
            else out += i;
        return done(out);
    }

    @Coroutine
    static InProgress<String> labeledFromUnbracedNested() {
        String out = "";
        outer:
        for (int i = 0; i < 4; i++) {
            yield_();
            for (int j = 0; j < 4; j++)
                if (j > i) continue outer;
                else if (i == 3) break outer;
                else out += i + "" + j + " ";
        }
        return done(out.trim());
    }

    @Coroutine
    static InProgress<String> unbracedLoopBodies() {
        int i = 0;
        while (i < 10) i += yield_(v(3));
        int k = 0;
        do k += yield_(v(2)); while (k < 7);
        int s = 0;
        for (int j = 0; j < 3; j++) s += yield_(v(j));
        String t = "";
        for (String w : new String[] {"x", "y"}) t += yield_(InProgress.finished(w));
        return done(i + " " + k + " " + s + " " + t);
    }

    @Coroutine
    static InProgress<String> returnIpFromUnbraced(boolean early) {
        yield_();
        if (early) return InProgress.finished("early");
        else yield_();
        return done("late");
    }

    public static void main(String[] args) {
        System.out.println(UnbracedJumps_Coroutines.breakFromSplitIf().await());
        System.out.println(UnbracedJumps_Coroutines.continueFromSplitIf().await());
        System.out.println(UnbracedJumps_Coroutines.returnFromSplitIf().await());
        System.out.println(UnbracedJumps_Coroutines.elseIfChain(6).await());
        System.out.println(UnbracedJumps_Coroutines.labeledFromUnbracedNested().await());
        System.out.println(UnbracedJumps_Coroutines.unbracedLoopBodies().await());
        System.out.println(UnbracedJumps_Coroutines.returnIpFromUnbraced(true).await());
        System.out.println(UnbracedJumps_Coroutines.returnIpFromUnbraced(false).await());
    }
}
