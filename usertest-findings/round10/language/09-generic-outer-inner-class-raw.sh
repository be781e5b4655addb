#!/bin/bash
# JDK 17 (default javac), --release 17 (same on JDK 25). In a GENERIC coroutine class W<K>, an inner (non-static) member
# class Node named inside a lambda, an anonymous class or a local class of a coroutine body is written to the machine
# as the raw type `Main.Node`, so its members lose their type (K becomes Object): the generated code does not compile.
cd "$(dirname "$0")"; . ./common.sh
cat > $W/Main.java <<'JAVA'
import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Main<K> {
    class Node {
        K key;
        Node(K key) { this.key = key; }
    }

    @Coroutine
    InProgress<String> walk(K k) {
        Node n = new Node(k);
        Function<Node, K> f1 = (Node x) -> x.key;                          // generated: (Main.Node x) -> x.key
        Supplier<List<Node>> f2 = () -> new ArrayList<Node>(List.of(n));   // generated: new ArrayList<Main.Node>(...)
        class Loc { K get(Node x) { return x.key; } }                      // generated: K get(Main.Node x_2)
        yield_();
        return done("" + f1.apply(n) + f2.get().get(0).key + new Loc().get(n));
    }

    public static void main(String[] args) {
        System.out.println(new Main_Coroutines<String>().walk("k").await());   // expected: kkk
    }
}
JAVA
kcompile --release 17 2>&1 && krun
