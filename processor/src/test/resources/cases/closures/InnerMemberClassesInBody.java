// Inner (non-static) member classes of the coroutine's class used in its body (usertest round 10): qualified creation
// (this.new Inner, x.new Inner, inner.new Deeper) was written as 'self.new Main.Inner(...)', no Java; 'new Inner()'
// in a local or anonymous class of the body had no enclosing instance; 'Inner::new' neither; and in a generic class,
// the inner class named in a lambda, an anonymous or a local class was the raw 'Main.Node', so its members lost their
// types (InnerClassOfGenericClass).
// OUTPUT:
// 3 20
// anon 4
// 5 6
// ctor 11
import java.util.function.IntFunction;
import kaa.*;
import static kaa.Async.*;

public abstract class InnerMemberClassesInBody {
    int field = 3;
    int base = 10;

    class Inner {
        final int v;

        Inner(int v) {
            this.v = v;
        }

        class Deeper {
            int w() {
                return v * 10;
            }
        }
    }

    class Offset {
        final int v;

        Offset(int v) {
            this.v = v + field;
        }
    }

    class Based {
        final int v;

        Based(int v) {
            this.v = base + v;
        }
    }

    @Coroutine
    InProgress<String> qualified() {
        Inner a = this.new Inner(1);
        InnerMemberClassesInBody me = this;
        Inner b = me.new Inner(2);
        Inner.Deeper d = b.new Deeper();
        yield_();
        return done((a.v + b.v) + " " + d.w());
    }

    @Coroutine
    InProgress<String> inNestedClasses() {
        class Maker {
            Offset make(int k) {
                return new Offset(k);
            }
        }
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println("anon " + new Offset(1).v);
            }
        };
        yield_();
        r.run();
        Maker m = new Maker();
        return done(m.make(2).v + " " + m.make(3).v);
    }

    @Coroutine
    InProgress<String> constructorReference() {
        IntFunction<Based> ctor = Based::new;
        yield_();
        return done("ctor " + ctor.apply(1).v);
    }

    public static void main(String[] args) {
        InnerMemberClassesInBody c = new InnerMemberClassesInBody_Coroutines();
        System.out.println(c.qualified().await());
        System.out.println(c.inNestedClasses().await());
        System.out.println(c.constructorReference().await());
    }
}
