// Nested array initializers with yield_ in an inner one: the inner initializers before the yield_ are evaluated
// first, in order (bug 06: a bare {1} was stored into a temporary, which does not compile).
// OUTPUT:
// [[1], [2]]
// [[1], [2]]
// [[1, 3], [4], [5, 6]]
// [[a], [b, c]]
// 3 [[7]]
import java.util.Arrays;
import kaa.*;
import static kaa.Async.*;

public abstract class NestedArrayInitializers {
    static int count;

    static int next(int v) {
        count++;
        return v;
    }

    @Coroutine
    static InProgress<String> m() {
        int[][] r = {{1}, {yield_(done(2))}};
        int[][] s = new int[][] {{1}, {yield_(done(2))}};
        int[][] t = {{next(1), yield_(done(3))}, {next(4)}, {yield_(done(5)), next(6)}};
        String[][] u = {{"a"}, {yield_(done("b")), "c"}};
        return done(Arrays.deepToString(r) + "\n" + Arrays.deepToString(s) + "\n" + Arrays.deepToString(t) + "\n"
                + Arrays.deepToString(u) + "\n" + count + " " + Arrays.deepToString(wrap(new int[][] {{yield_(done(7))}})));
    }

    static int[][] wrap(int[][] a) {
        return a;
    }

    public static void main(String[] args) {
        System.out.println(NestedArrayInitializers_Coroutines.m().await());
    }
}
