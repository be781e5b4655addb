import java.util.*;
import kaa.*;
import static kaa.Async.*;

public enum Pat1 {
    ONE, TWO { @Override String tag() { return "two!"; } };

    String tag() { return name().toLowerCase(); }

    sealed interface Shape permits Circle, Rect, Group {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    record Group(List<Shape> items, String name) implements Shape {}

    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine
    static InProgress<Double> area(Shape s) {
        return done(switch (s) {
            case Circle(var r) when r > yield_(later(100.0)) -> -1.0;
            case Circle(double r) -> Math.PI * r * r > 10 ? Math.floor(Math.PI * r * r) : yield_(later(0.5));
            case Rect(double w, double h) when w == h -> w * yield_(later(h));
            case Rect r -> r.w() * r.h();
            case Group(var items, var name) when name.isEmpty() -> 0.0;
            case Group(List<Shape> items, String name) -> {
                double t = 0;
                for (Shape x : items) t += yield_(area(x));
                yield t;
            }
        });
    }

    @Coroutine
    static InProgress<String> describe(Object o) {
        String r = switch (yield_(later(o))) {
            case null -> "null";
            case Integer i when i > yield_(later(10)) -> "big " + i;
            case Integer i -> "int " + i;
            case Pat1 p -> p.tag() + yield_(later(p.ordinal()));
            case String s when s.length() > 3 && yield_(later(s)).startsWith("h") -> "h-string";
            case CharSequence cs -> "cs " + cs.length();
            default -> "other";
        };
        if (o instanceof Rect(var w, var h) && yield_(later(w)) > h) r += " wide";
        if (!(o instanceof Circle(var rad))) return done(r);
        return done(r + " rad " + yield_(later(rad)));
    }

    public static void main(String[] args) {
        Shape g = new Group(List.of(new Circle(1), new Circle(2), new Rect(2, 2), new Rect(2, 3), new Group(List.of(new Circle(200)), ""), new Group(List.of(new Circle(200)), "x")), "top");
        System.out.println(Pat1_Coroutines.area(g).await());
        for (Object o : new Object[] {null, 5, 50, ONE, TWO, "hello", "hey", new StringBuilder("sb"), new Rect(3, 1), new Circle(4), 2.0})
            System.out.println(Pat1_Coroutines.describe(o).await());
    }
}
