// A call by the user's class name to a static method the processor rewrote, in a file that names nothing of kaa: it
// would run the original body. The check ran only on files whose text mentioned kaa's annotations or its await call
// (usertest round 8, finding 05); now it runs on every class.
// ERROR: [kaa.unprocessed-static-call]
public class CallInAFileThatNamesNoKaaType {
    static int run() {
        return Counters.count(3).await(); // error here
    }
}
