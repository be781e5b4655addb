import java.util.ArrayList;
import java.util.List;

public class Plain {
    static <T> List<T> pick(List<T> left, List<T> right, boolean first) {
        List<T> out = new ArrayList<>();
        out.add(first ? left.get(0) : right.get(0));
        return out;
    }

    void analysed() {
        System.out.println(pick(List.of("a"), List.of("b"), false));
    }

    public static void main(String[] args) {
        new Plain().analysed();
    }
}
