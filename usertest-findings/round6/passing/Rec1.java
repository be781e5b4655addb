import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public class Rec1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    static abstract class Node<N extends Node<N, V>, V extends Comparable<? super V>> implements Comparable<N> {
        V value;
        final List<N> kids = new ArrayList<>();

        abstract N self();

        @Override public int compareTo(N o) { return value.compareTo(o.value); }

        @Coroutine
        InProgress<N> maxNode() {
            N best = self();
            for (N k : kids) {
                N m = yield_(k.maxNode());
                if (m.compareTo(best) > 0) best = m;
            }
            return done(best);
        }

        @Coroutine
        <R> InProgress<List<R>> mapAll(Function<? super N, ? extends R> f) {
            List<R> out = new ArrayList<>(List.of(f.apply(self())));
            for (N k : kids) out.addAll(yield_(k.<R>mapAll(f)));
            return done(out);
        }

        @Coroutine
        InProgress<Optional<? extends V>> find(Predicate<? super V> p) {
            if (p.test(yield_(Rec1_Coroutines.later(value)))) return done(Optional.of(value));
            for (N k : kids) {
                Optional<? extends V> r = yield_(k.find(p));
                if (r.isPresent()) return done(r);
            }
            return done(Optional.empty());
        }
    }

    static abstract class Tree extends Rec1_Node_Coroutines<Tree, String> {
        @Override Tree self() { return this; }

        static Tree of(String v, Tree... kids) {
            Tree t = new Rec1_Tree_Coroutines();
            t.value = v;
            t.kids.addAll(Arrays.asList(kids));
            return t;
        }

        @Coroutine
        InProgress<String> render(int depth) {
            StringBuilder sb = new StringBuilder("  ".repeat(depth)).append(value).append('\n');
            for (Tree k : kids) sb.append(yield_(k.render(depth + 1)));
            return done(sb.toString());
        }
    }

    public static void main(String[] args) {
        Tree t = Tree.of("m", Tree.of("b", Tree.of("z")), Tree.of("q", Tree.of("c"), Tree.of("a")));
        System.out.print(t.render(0).await());
        System.out.println(t.maxNode().await().value);
        System.out.println(t.<Integer>mapAll(n -> n.value.charAt(0) - 'a').await());
        System.out.println(t.find(v -> v.compareTo("p") > 0).await());
        System.out.println(t.find(v -> v.isEmpty()).await());
    }
}
