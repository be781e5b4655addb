// javac 17 (17.0.15 here) writes a class the JVM rejects: "Inconsistent stackmap frames". Plain Java, no kaa.
// javac 25 (25.0.3) compiles it correctly. It looks like JDK-8358801 (fixed upstream in June 2025): the false jump of
// an if whose condition declares a pattern binding is still pending when the binding's scope ends, and keeps the
// binding's register "defined"; a later local of a switch case reuses the register.
// javac -d o Javac17BindingRegisterStackmap.java && java -cp o Javac17BindingRegisterStackmap
// Expected: 4. The shape is that of a kaa state machine: a copied if with a binding that jumps to another state,
// then a copied switch around a try-with-resources (fuzzer/findings/BindingTestBeforeCopiedSwitch.java).
public class Javac17BindingRegisterStackmap {
    static int label;
    static Object result;

    static void m() throws Exception {
        for (;;) {
            switch (label) {
                case 0: {
                    if (((Object) "a") instanceof String u && true) {
                        result = 4;
                        label = 1;
                        continue;
                    }
                    int next = -1;
                    leave: {
                        switch (1) {
                            case -1:
                                final AutoCloseable r9 = () -> {};
                                try (r9) {
                                    next = 2;
                                    break leave;
                                } catch (ArithmeticException e) {
                                    System.out.println(e);
                                }
                                break;
                            case 0:
                                break;
                            case 2:
                        }
                        next = -1;
                    }
                    if (next >= 0) {
                        label = next;
                        continue;
                    }
                    return;
                }
                case 1:
                    return;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        m();
        System.out.println(result);
    }
}
