// 'Owner.this' inside an anonymous (and a local) class of a coroutine body is the coroutine's this (bug 22: copied
// verbatim, it did not compile in the machine, a static nested class of another top-level class).
// OUTPUT:
// owner/anon
// owner/local
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class QualifiedThisInAnonymousClass {
    String name = "owner";

    @Coroutine
    InProgress<String> m() {
        yield_();
        Supplier<String> s = new Supplier<String>() {
            String name = "anon";

            @Override
            public String get() {
                return QualifiedThisInAnonymousClass.this.name + "/" + name;
            }
        };
        return done(s.get());
    }

    @Coroutine
    InProgress<String> n() {
        class Local {
            String name = "local";

            String get() {
                return QualifiedThisInAnonymousClass.this.name + "/" + name;
            }
        }
        String result = new Local().get();
        yield_();
        return done(result);
    }

    public static void main(String[] args) {
        QualifiedThisInAnonymousClass c = new QualifiedThisInAnonymousClass_Coroutines();
        System.out.println(c.m().await());
        System.out.println(c.n().await());
    }
}
