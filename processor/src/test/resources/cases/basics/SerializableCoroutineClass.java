// A serializable class with coroutines: the generated subclass declares its own serialVersionUID, so javac's serial
// lint (in -Xlint:all, with which every case compiles under -Werror) has nothing to say (usertest finding 07).
// OUTPUT:
// 1
import java.io.Serializable;
import kaa.*;
import static kaa.Async.*;

public abstract class SerializableCoroutineClass implements Serializable {
    private static final long serialVersionUID = 7L;

    @Coroutine
    InProgress<Integer> one() {
        yield_();
        return done(1);
    }

    public static void main(String[] args) {
        System.out.println(new SerializableCoroutineClass_Coroutines().one().await());
    }
}
