// B extends A and both declare coroutines: B_Coroutines runs A's inherited coroutine as a state machine too, also
// when B's own coroutine awaits it through this (bug 01: it ran A's unprocessed body).
// OUTPUT:
// A.who
// A.who
// other->A.who
// B.who
import kaa.*;
import static kaa.Async.*;

public class InheritedCoroutine {
    abstract static class A {
        @Coroutine
        InProgress<String> who() {
            yield_();
            return done("A.who");
        }
    }

    abstract static class B extends A {
        @Coroutine
        InProgress<String> other() {
            String w = yield_(who());
            return done("other->" + w);
        }
    }

    abstract static class C extends B {
        @Override
        @Coroutine
        InProgress<String> who() {
            yield_();
            return done("B.who");
        }
    }

    public static void main(String[] args) {
        System.out.println(new InheritedCoroutine_A_Coroutines().who().await());
        B b = new InheritedCoroutine_B_Coroutines();
        System.out.println(b.who().await());
        System.out.println(b.other().await());
        System.out.println(new InheritedCoroutine_C_Coroutines().who().await());
    }
}
