// A concrete subclass of a class with instance methods the processor rewrote, extending the user's class instead of
// its generated class, in a file that names nothing of kaa: its instances would run the original bodies (usertest
// round 8, finding 05).
// ERROR: [kaa.unprocessed-subclass]
public class SubclassInAFileThatNamesNoKaaType extends Counters { // error here
    static int run() {
        return new SubclassInAFileThatNamesNoKaaType().hashCode();
    }
}
