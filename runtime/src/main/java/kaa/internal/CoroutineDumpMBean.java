package kaa.internal;

/**
 * The JMX view of the coroutine dump, registered as {@code kaa:type=Coroutines} when the registry of live coroutines
 * is on ({@code -Dkaa.debug.coroutines=true}): reachable from JConsole, JMC or any JMX client of a running program.
 */
public interface CoroutineDumpMBean {
    /**
     * The dump of {@code Main.dump()}.
     *
     * @return one line per live coroutine
     */
    String dump();

    /**
     * How many coroutines are live.
     *
     * @return the number of unfinished coroutines
     */
    int getLiveCoroutines();
}
