// In a generic class, its inner class named in a lambda, an anonymous or a local class of a coroutine body is
// Owner<K>.Node, not the raw Owner.Node, whose members lost their types (usertest round 10).
// OUTPUT:
// kkk
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class InnerClassOfGenericClass<K> {
    class Node {
        K key;

        Node(K key) {
            this.key = key;
        }
    }

    @Coroutine
    InProgress<String> walk(K k) {
        Node n = new Node(k);
        Function<Node, K> f1 = (Node x) -> x.key;
        Supplier<List<Node>> f2 = () -> new ArrayList<Node>(List.of(n));
        class Loc {
            K get(Node x) {
                return x.key;
            }
        }
        yield_();
        return done("" + f1.apply(n) + f2.get().get(0).key + new Loc().get(n));
    }

    public static void main(String[] args) {
        System.out.println(new InnerClassOfGenericClass_Coroutines<String>().walk("k").await());
    }
}
