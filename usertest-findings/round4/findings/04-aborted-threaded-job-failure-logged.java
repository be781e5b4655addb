// Finding 04 (wrong run-time behaviour, spurious log): abort() of a running @Threaded call interrupts
// its thread (as documented) and "its result is dropped"; but when the body reacts to the interrupt
// the way the README recommends for checked exceptions -- `catch (...) { return InProgress.failed(e); }`
// -- that dropped failure is logged at exit as "Unhandled InProgress failure". Throwing instead
// (java run ... false) logs nothing. Also the logged trace is not rewritten (shows
// ThreadedJob_Coroutines.lambda$block$0 and kaa.ThreadPool$Job.run, no collapsing).
//
// Reproduce (file must be named ThreadedJob.java):
//   cp 04-aborted-threaded-job-failure-logged.java /tmp/ThreadedJob.java && cd /tmp && M=~/.m2/repository; R=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar; P=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
//   javac --release 17 -Xlint:all -Xlint:-processing -Werror -cp $R -processorpath $P -d out ThreadedJob.java
//   java -cp out:$R ThreadedJob true ; java -cp out:$R ThreadedJob false
// Expected: both print only "await: kaa.InProgressAbortedException: aborted".
// Actual with `true` (stderr, at exit):
//   kaa: Unhandled InProgress failure (nobody observed it before the JVM exited):
//   java.lang.InterruptedException: sleep interrupted
//       at java.base/java.lang.Thread.sleep(Native Method)
//       at ThreadedJob.block(ThreadedJob.java:29)
//       at ThreadedJob_Coroutines.lambda$block$0(ThreadedJob_Coroutines.java:16)
//       at kaa.ThreadPool$Job.run(ThreadPool.java:504)
// Guess: the InProgress the body returned is only chained to the job when the job is still live;
// after the abort nobody listens to it, and InProgress.failed(...) is tracked as unobserved.
import kaa.*;
import static kaa.Async.*;

public abstract class ThreadedJob {
    @Threaded
    InProgress<String> block(boolean viaFailed) {
        try {
            Thread.sleep(5_000);
            return done("slept");
        } catch (InterruptedException e) {
            if (viaFailed) return InProgress.failed(e);   // the README's "fail the InProgress instead"
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        ThreadedJob e = new ThreadedJob_Coroutines();
        InProgress<String> job = e.block(Boolean.parseBoolean(args[0]));
        Thread.sleep(100);
        job.abort();
        try { job.await(); } catch (InProgressAbortedException ex) { System.out.println("await: " + ex); }
        Thread.sleep(200);
    }
}
