// A coroutine whose name is not ASCII (gr\u00fc\u00dfe, written with escapes so this file is ASCII) gets a machine
// class whose name, and so its class file's, is ASCII: javac could not write its machine's class file in a file system of
// another encoding (LANG=C), where the user's own ASCII class names are fine (usertest round 10).
// OUTPUT:
// hallo welt
// machine class names are ASCII: true
import kaa.*;
import static kaa.Async.*;

public abstract class NonAsciiMethodName {
    @Coroutine
    InProgress<String> gr\u00fc\u00dfe(String name) {
        yield_();
        return done("hallo " + name);
    }

    public static void main(String[] args) throws ClassNotFoundException {
        System.out.println(new NonAsciiMethodName_Coroutines().gr\u00fc\u00dfe("welt").await());
        boolean ascii = true;
        for (Class<?> machine : Class.forName("NonAsciiMethodName_CoroutineMachines").getDeclaredClasses()) {
            ascii &= machine.getName().chars().allMatch(c -> c < 0x80);
        }
        System.out.println("machine class names are ASCII: " + ascii);
    }
}
