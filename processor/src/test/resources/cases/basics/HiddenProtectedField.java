// A protected field that a class of another package hides (MetalScrollBarUI.scrollBarWidth hides
// BasicScrollBarUI.scrollBarWidth): javac lists both among the class's members, and X_Coroutines got two accessors
// of one name ("method kaa$get$scrollBarWidth is already defined", a corpus finding). The body's name is the hiding
// field, and only its accessors are written.
// OUTPUT:
// 10 5
import javax.swing.plaf.metal.MetalScrollBarUI;
import kaa.*;
import static kaa.Async.*;

public abstract class HiddenProtectedField extends MetalScrollBarUI {
    @Coroutine
    InProgress<String> widths() {
        scrollBarWidth = 5;
        yield_();
        return done(scrollBarWidth * 2 + " " + plainWidth());
    }

    int plainWidth() {
        return scrollBarWidth;
    }

    public static void main(String[] args) {
        System.out.println(new HiddenProtectedField_Coroutines().widths().await());
    }
}
