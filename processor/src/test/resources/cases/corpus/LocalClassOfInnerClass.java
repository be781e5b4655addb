// A local class that extends an inner class of the coroutine's class (Guava's CompactLinkedHashMap.createKeySet:
// 'class KeySetImpl extends KeySetView'): it moves into the machine's resume(), where the coroutine's this is no
// longer the enclosing instance, so its constructor names it: 'self.super()'. It was [kaa.unsupported].
// OUTPUT:
// named outer 3, named outer 3 again
import kaa.*;
import static kaa.Async.*;

public abstract class LocalClassOfInnerClass {
    final String name = "outer";

    class Named {
        String describe() {
            return "named " + name;
        }
    }

    @Coroutine
    InProgress<String> describe(int n) {
        class Numbered extends Named {
            @Override
            String describe() {
                return super.describe() + " " + n;
            }
        }
        Named named = new Numbered();
        yield_();
        String first = named.describe();
        yield_(InProgress.finished(1));
        return done(first + ", " + new Numbered().describe() + " again");
    }

    public static void main(String[] args) {
        System.out.println(new LocalClassOfInnerClass_Coroutines().describe(3).await());
    }
}
