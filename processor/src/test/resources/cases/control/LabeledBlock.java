// break out of a labeled block (not a loop) after a suspension.
// OUTPUT:
// in block
// after block
import kaa.*;
import static kaa.Async.*;

public abstract class LabeledBlock {
    @Coroutine
    InProgress<Void> run(boolean leave) {
        block:
        {
            yield_();
            System.out.println("in block");
            if (leave) {
                break block;
            }
            System.out.println("not reached");
        }
        System.out.println("after block");
        return done();
    }

    public static void main(String[] args) {
        LabeledBlock coroutines = new LabeledBlock_Coroutines();
        coroutines.run(true).await();
    }
}
