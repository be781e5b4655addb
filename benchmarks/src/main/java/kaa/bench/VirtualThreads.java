package kaa.bench;

import java.lang.reflect.Method;
import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads without compiling against them: the module is built with {@code --release 17}, so
 * {@code Thread.ofVirtual()} is looked up reflectively, once, and used through the Java 17 {@code ThreadFactory}.
 */
final class VirtualThreads {
    private VirtualThreads() {}

    /** A factory of unstarted virtual threads, or {@code null} on a JDK without them (before 21). */
    static ThreadFactory factoryOrNull() {
        try {
            Method ofVirtual = Thread.class.getMethod("ofVirtual");
            Object builder = ofVirtual.invoke(null);
            Method factory = Class.forName("java.lang.Thread$Builder").getMethod("factory");
            return (ThreadFactory) factory.invoke(builder);
        } catch (ReflectiveOperationException | RuntimeException notAvailable) {
            return null;
        }
    }

    /** The factory, or an exception that says why there is none: JMH reports it and goes on with the others. */
    static ThreadFactory factory() {
        ThreadFactory factory = factoryOrNull();
        if (factory == null) {
            throw new UnsupportedOperationException("virtual threads need JDK 21 or later (this is "
                    + System.getProperty("java.version") + "): skipped; exclude them with -e VirtualThreadBench");
        }
        return factory;
    }
}
