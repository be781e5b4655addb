package kaa.it;

/** The program {@link JdbTest} debugs: a chain of coroutines that finishes. */
public final class JdbProgram {
    private JdbProgram() {}

    public static void main(String[] args) {
        System.out.println("result " + DebugBodies.create().outer(" 4 ").await());
    }
}
