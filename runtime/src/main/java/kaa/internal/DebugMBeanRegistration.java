package kaa.internal;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Registers the {@link CoroutineDumpMBean} with the platform MBean server, on a daemon thread of its own (starting the
 * platform server takes tens of milliseconds), when {@code java.management} is in the boot layer (the runtime only
 * {@code requires static} it).
 */
final class DebugMBeanRegistration {
    /** The name the MBean is registered under. */
    static final String NAME = "kaa:type=Coroutines";

    private DebugMBeanRegistration() {}

    static void registerSoon() {
        if (ModuleLayer.boot().findModule("java.management").isEmpty()) {
            return;
        }
        Thread registering = new Thread(DebugMBeanRegistration::register, "kaa coroutine dump MBean registration");
        registering.setDaemon(true);
        registering.start();
    }

    private static void register() {
        try {
            ObjectName name = new ObjectName(NAME);
            var server = ManagementFactory.getPlatformMBeanServer();
            if (!server.isRegistered(name)) {
                server.registerMBean(new StandardMBean(new CoroutineDump(), CoroutineDumpMBean.class), name);
            }
        } catch (JMException | RuntimeException e) {
            System.getLogger("kaa").log(System.Logger.Level.WARNING, "could not register the coroutine dump MBean "
                    + NAME, e);
        }
    }
}
