// A public method called on a value whose type is a protected member type of a class in another package: the state
// machine is not a subclass, so that method is "defined in an inaccessible class" for it (a corpus finding:
// javax.swing.plaf.basic.BasicToolBarUI.paintDragWindow, 'dragWindow.getWidth()').
// ERROR: [kaa.protected-member]
import javax.swing.plaf.basic.BasicToolBarUI;
import kaa.*;
import static kaa.Async.*;

public abstract class ProtectedTypeMemberCall extends BasicToolBarUI {
    DragWindow window;

    @Coroutine
    InProgress<Integer> width() {
        yield_();
        return done(window.getWidth()); // error here
    }
}
