/**
 * The kaa-java runtime: the notifier (main loop), {@code InProgress} results, timers, signals,
 * thread pools and asynchronous sockets. Coroutines are written against {@link kaa.Async} and
 * rewritten at compile time by the {@code kaa-processor} annotation processor.
 */
module kaa.runtime {
    // Only for the coroutine dump's MBean, registered when java.management is in the boot layer.
    requires static java.management;

    exports kaa;
    exports kaa.internal;
}
