package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P59: where a body runs. README: "its first step on the thread that calls the coroutine (a worker's call runs it
 * there, up to its first suspension); after yield_(), on the loop thread". (kaa: the call runs the first step
 * synchronously in the caller.)
 * EXPECTED: step 1 on "worker", step 2 on "main" (main drives the loop in await()).
 */
abstract class P59WorkerCall {
    @Coroutine InProgress<String> body() {
        String first = Thread.currentThread().getName();
        yield_();
        return done("step 1 on " + first + ", step 2 on " + Thread.currentThread().getName());
    }
    public static void main(String[] a) throws Exception {
        var holder = new InProgress<InProgress<String>>();
        new Thread(() -> holder.finish(new P59WorkerCall_Coroutines().body()), "worker").start();
        System.out.println(holder.await().await());
    }
}
