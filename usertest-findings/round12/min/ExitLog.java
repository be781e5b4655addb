import kaa.*;

/** README: "A failure nobody observed is logged when its InProgress is collected, or at exit." */
public class ExitLog {
    static InProgress<String> kept;
    public static void main(String[] args) {
        kept = InProgress.failed(new IllegalStateException("never observed, still referenced at exit"));
        System.out.println("main ends");
    }
}
