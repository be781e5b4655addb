import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| found 7 at 2,2
//| skipped rows: [0]
//| pairs: [1+4, 2+3]
//| primes: [2, 3, 5, 7, 11, 13]
//| count=6
public abstract class Matrix {
    @Coroutine
    InProgress<String> find(int[][] grid, int target) {
        List<Integer> skipped = new ArrayList<>();
        String where = "none";
        outer:
        for (int r = 0; r < grid.length; r++) {
            if (grid[r].length == 0) continue;
            for (int c = 0; c < grid[r].length; c++)
                if (grid[r][c] < 0) { skipped.add(r); continue outer; }
                else if (grid[r][c] == target) {
                    yield_();
                    where = r + "," + c;
                    break outer;
                }
        }
        System.out.println("found " + target + " at " + where);
        return done("skipped rows: " + skipped);
    }

    @Coroutine
    InProgress<List<String>> pairs(int[] xs, int sum) {
        var out = new ArrayList<String>();
        for (int i = 0; i < xs.length; i++)
            for (int j = i + 1; j < xs.length; j++)
                if (xs[i] + xs[j] == sum)
                    out.add(xs[i] + "+" + xs[j]);
                else
                    yield_();
        return done(out);
    }

    @Coroutine
    InProgress<Integer> primes(int limit, List<Integer> into) {
        int n = 2;
        next:
        while (n <= limit) {
            int d = 2;
            do
                if (n % d == 0 && d != n) { n++; continue next; }
            while (++d * d <= n);
            into.add(n);
            yield_();
            n++;
        }
        return done(into.size());
    }

    public static void main(String[] args) {
        Matrix m = new Matrix_Coroutines();
        System.out.println(m.find(new int[][] {{-1, 7}, {}, {1, 2, 7}, {7}}, 7).await());
        System.out.println("pairs: " + m.pairs(new int[] {1, 2, 3, 4}, 5).await());
        var ps = new ArrayList<Integer>();
        int count = m.primes(13, ps).await();
        System.out.println("primes: " + ps);
        System.out.println("count=" + count);
    }
}
