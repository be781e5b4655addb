// ERROR: [kaa.unsupported]
// A local class that lives across yield_() is declared once for the whole body and reads the variables it
// captures from the machine's fields; a variable that a loop declares anew would be shared by every iteration's
// instances, so the processor refuses it rather than change what the program prints.
import kaa.*;
import static kaa.Async.*;

public abstract class LocalClassCapturesLoopVariable {
    @Coroutine
    InProgress<Void> run() {
        for (int i = 0; i < 3; i++) {
            int copy = i;
            class Printer {
                void print() { System.out.println(copy); } // error here
            }
            yield_();
            new Printer().print();
        }
        return done();
    }
}
