import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| circle r=1.0 area=3.14
//| rect 2.0x3.0 area=6.00
//| square side=2.0 area=4.00
//| circle r=1.0 area=3.14
//| group of 2 area=7.14
//| total=16.28
public abstract class Shapes {
    sealed interface Shape permits Circle, Rect, Group {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    record Group(List<Shape> members) implements Shape {}

    static InProgress<Double> slowArea(double a) {
        var ip = new InProgress<Double>();
        Main.post(() -> ip.finish(a));
        return ip;
    }

    @Coroutine
    InProgress<Double> area(Shape s) {
        if (s instanceof Circle c) {
            double a = yield_(slowArea(Math.PI * c.r() * c.r()));
            System.out.printf("circle r=%.1f area=%.2f%n", c.r(), a);
            return done(a);
        } else if (s instanceof Rect r && r.w() == r.h()) {
            double a = yield_(slowArea(r.w() * r.h()));
            System.out.printf("square side=%.1f area=%.2f%n", r.w(), a);
            return done(a);
        } else if (s instanceof Rect r) {
            double a = yield_(slowArea(r.w() * r.h()));
            System.out.printf("rect %.1fx%.1f area=%.2f%n", r.w(), r.h(), a);
            return done(a);
        } else if (!(s instanceof Group g)) {
            throw new AssertionError("unknown shape " + s);
        } else {
            double sum = 0;
            for (Shape m : g.members()) sum += yield_(area(m));
            System.out.printf("group of %d area=%.2f%n", g.members().size(), sum);
            return done(sum);
        }
    }

    public static void main(String[] args) {
        Shapes shapes = new Shapes_Coroutines();
        List<Shape> all = List.of(new Circle(1), new Rect(2, 3), new Group(List.of(new Rect(2, 2), new Circle(1))));
        double total = 0;
        for (Shape s : all) total += shapes.area(s).await();
        System.out.printf("total=%.2f%n", total);
    }
}
