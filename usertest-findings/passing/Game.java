import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| [arena] player ann scored 3 (team total 3)
//| [arena] player bob scored 5 (team total 8)
//| ranking: bob=5, ann=3
//| grid 2x3 filled: [[0, 1, 2], [10, 11, 12]]
//| labeled block: checked 3, result=found even 4
//| countdown: 3 2 1 liftoff
public class Game {
    final String arena;
    int teamTotal;

    Game(String arena) {
        this.arena = arena;
    }

    abstract static class Player {
        final Game game;
        final String name;

        Player(Game game, String name) {
            this.game = game;
            this.name = name;
        }

        @Coroutine
        InProgress<Integer> play(int points) {
            int got = 0;
            for (int i = 0; i < points; i++) {
                yield_();
                got++;
            }
            game.teamTotal += got;
            System.out.println("[" + game.arena + "] player " + this.name + " scored " + got
                    + " (team total " + game.teamTotal + ")");
            return done(got);
        }
    }

    enum Order { ASC, DESC }

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    @Coroutine
    static InProgress<String> rank(List<String> names, List<Integer> scores) {
        record Entry(String name, int score) {}
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < names.size(); i++) entries.add(new Entry(names.get(i), yield_(soon(scores.get(i)))));
        Order order = yield_(soon(Order.DESC));
        entries.sort((a, b) -> order == Order.DESC ? b.score() - a.score() : a.score() - b.score());
        class Fmt {
            String fmt(Entry e) {
                return e.name() + "=" + e.score();
            }
        }
        Fmt f = new Fmt();
        yield_();
        var sb = new StringBuilder();
        for (Entry e : entries) sb.append(sb.length() == 0 ? "" : ", ").append(f.fmt(e));
        return done(sb.toString());
    }

    @Coroutine
    static InProgress<int[][]> grid() {
        int[][] g = new int[yield_(soon(2))][yield_(soon(3))];
        for (int r = 0; r < g.length; r++)
            for (int c = 0; c < g[r].length; c++)
                g[r][c] = r * 10 + yield_(soon(c));
        return done(g);
    }

    @Coroutine
    static InProgress<String> labeledBlock(int[] xs) {
        String result;
        int checked = 0;
        search: {
            for (int x : xs) {
                checked++;
                if (yield_(soon(x % 2 == 0))) {
                    result = "found even " + x;
                    break search;
                }
            }
            result = "none";
        }
        return done("checked " + checked + ", result=" + result);
    }

    @Coroutine
    static InProgress<String> countdown(int from) {
        var sb = new StringBuilder("countdown:");
        int n = from;
        while (yield_(soon(n > 0))) {
            sb.append(' ').append(n);
            n--;
        }
        do sb.append(' ').append("liftoff"); while (yield_(soon(false)));
        return done(sb.toString());
    }

    public static void main(String[] args) {
        Game game = new Game("arena");
        Player ann = new Game_Player_Coroutines(game, "ann");
        Player bob = new Game_Player_Coroutines(game, "bob");
        ann.play(3).await();
        bob.play(5).await();
        System.out.println("ranking: " + Game_Coroutines.rank(List.of("ann", "bob"), List.of(3, 5)).await());
        System.out.println("grid 2x3 filled: " + java.util.Arrays.deepToString(Game_Coroutines.grid().await()));
        System.out.println("labeled block: " + Game_Coroutines.labeledBlock(new int[] {1, 3, 4, 6}).await());
        System.out.println(Game_Coroutines.countdown(3).await());
    }
}
