package kaa.internal;

import java.util.List;

import kaa.Main;

/**
 * The coroutine dump ({@code Main.dump()}): one line per live coroutine — what {@link CoroutineMachine#toString()}
 * says: its method, the source line it is suspended at, what it awaits and since when — after a line on the notifier.
 */
public final class CoroutineDump implements CoroutineDumpMBean {
    /** Created by {@link DebugMBeanRegistration}. */
    CoroutineDump() {}

    /**
     * The dump of the live coroutines.
     *
     * @return the dump's text, one line per coroutine
     */
    public static String text() {
        StringBuilder text = new StringBuilder();
        if (!CoroutineProbes.ENABLED) {
            return text.append("kaa coroutine dump: the registry of live coroutines is off; start the JVM with")
                    .append(" -Dkaa.debug.coroutines=true to list them\n").append("notifier: ")
                    .append(Main.notifier()).append('\n').toString();
        }
        List<CoroutineMachine<?>> live = CoroutineProbes.live();
        text.append("kaa coroutine dump: ").append(live.size()).append(live.size() == 1 ? " live coroutine" : " live"
                + " coroutines").append('\n');
        text.append("notifier: ").append(Main.notifier()).append('\n');
        for (CoroutineMachine<?> machine : live) {
            text.append("  ").append(machine).append('\n');
        }
        return text.toString();
    }

    @Override
    public String dump() {
        return text();
    }

    @Override
    public int getLiveCoroutines() {
        return CoroutineProbes.live().size();
    }
}
