// A statement inside the body of an if or a loop that holds no yield_ (copied as a whole) runs under its own line, not
// the header's: the failure's frame of the coroutine names the line that threw (usertest round 13, finding 2: it
// named the `if` and the `for`). Lines 18, 21 and 25 throw.
// OUTPUT:
// LinesInsideCopiedBlocks.java:18
// LinesInsideCopiedBlocks.java:21
// LinesInsideCopiedBlocks.java:25
import kaa.*;
import static kaa.Async.*;

public abstract class LinesInsideCopiedBlocks {
    @Coroutine
    static InProgress<Integer> parse(String s, int mode) {
        yield_();
        int n = 0;
        if (mode == 0) {
            n++;
            n = Integer.parseInt(s.trim());
        }
        for (int i = 0; i < 1 && mode == 1; i++) {
            n += Integer.parseInt(s + i);
        }
        while (mode == 2) {
            n--;
            n += Integer.parseInt("w" + s);
        }
        return done(n);
    }

    public static void main(String[] args) {
        for (int mode = 0; mode < 3; mode++) {
            try {
                LinesInsideCopiedBlocks_Coroutines.parse("x", mode).await();
            } catch (NumberFormatException e) {
                for (StackTraceElement frame : e.getStackTrace()) {
                    if (frame.getMethodName().equals("parse")
                            && frame.getClassName().equals("LinesInsideCopiedBlocks")) {
                        System.out.println(frame.getFileName() + ":" + frame.getLineNumber());
                        break;
                    }
                }
            }
        }
    }
}
