package kaa.it;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

import kaa.InProgress;
import kaa.Main;

/**
 * A running program for {@link CoroutineDumpTest}, started in a JVM of its own with the registry of live coroutines on:
 * it leaves coroutines suspended on a coroutine, a thread job, a timer and a plain {@code InProgress}, with one
 * invocation queued by its policy, prints {@code Main.dump()} and the MBean's dump, then lets everything finish.
 */
public final class DumpProgram {
    private DumpProgram() {}

    public static void main(String[] args) throws Exception {
        DebugBodies bodies = DebugBodies.create();
        InProgress<Void> top = bodies.waitsForCoroutine();
        bodies.jobStarted.await();
        InProgress<Void> sleeping = bodies.sleeps();
        InProgress<Void> gate = new InProgress<>();
        InProgress<Void> first = bodies.oneAtATime(gate);
        InProgress<Void> second = bodies.oneAtATime(gate);

        System.out.println("== Main.dump()");
        System.out.print(Main.dump());
        System.out.println("== MBean");
        System.out.print(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("kaa:type=Coroutines"),
                "dump", null, null));
        System.out.println("== end");

        bodies.releaseJob.countDown();
        gate.finish(null);
        top.await();
        first.await();
        second.await();
        sleeping.abort();
        System.out.println("== after: " + Main.dump().strip().replace('\n', '|'));
        System.out.println("== finished: " + top);
    }
}
