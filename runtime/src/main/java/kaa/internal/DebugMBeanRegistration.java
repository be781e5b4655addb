package kaa.internal;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Registers the {@link CoroutineDumpMBean} with the platform MBean server when {@code java.management} is in the boot
 * layer (the runtime only {@code requires static} it). Done once, when the first coroutine is created with the registry
 * on; starting the platform server then takes some tens of milliseconds, a debugging JVM's price.
 */
final class DebugMBeanRegistration {
    /** The name the MBean is registered under. */
    static final String NAME = "kaa:type=Coroutines";

    private DebugMBeanRegistration() {}

    static void register() {
        if (ModuleLayer.boot().findModule("java.management").isEmpty()) {
            return;
        }
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
