// Local records, enums and interfaces in a coroutine body, used across yield_ (bug 07), and a local class that
// extends another local class (bug 08).
// OUTPUT:
// P[x=1] GREEN hi x
// 3 BLUE:b 10
// sub+base
import kaa.*;
import static kaa.Async.*;

public abstract class LocalRecordsEnumsInterfaces {
    static int twice(int v) {
        return 2 * v;
    }

    @Coroutine
    static InProgress<String> m() {
        record P(int x) {}
        enum Color { RED, GREEN }
        interface Greeter {
            String greet(String s);
        }
        String s = new P(1).toString();
        Color c = Color.GREEN;
        Greeter g = n -> "hi " + n;
        yield_();
        return done(s + " " + c + " " + g.greet("x"));
    }

    @Coroutine
    static InProgress<String> withBodies() {
        record Range(int from, int to) {
            int length() {
                return to - from;
            }
        }
        enum Shade {
            BLUE("b") {
                @Override
                String tag() {
                    return name() + ":" + code;
                }
            };

            final String code;

            Shade(String code) {
                this.code = code;
            }

            abstract String tag();
        }
        Range r = new Range(2, 5);
        yield_();
        Shade shade = Shade.BLUE;
        yield_();
        return done(r.length() + " " + shade.tag() + " " + twice(5));
    }

    @Coroutine
    static InProgress<String> subclass() {
        class Base {
            String name() {
                return "base";
            }
        }
        class Sub extends Base {
            @Override
            String name() {
                return "sub+" + super.name();
            }
        }
        Base b = new Sub();
        yield_();
        return done(b.name());
    }

    public static void main(String[] args) {
        System.out.println(LocalRecordsEnumsInterfaces_Coroutines.m().await());
        System.out.println(LocalRecordsEnumsInterfaces_Coroutines.withBodies().await());
        System.out.println(LocalRecordsEnumsInterfaces_Coroutines.subclass().await());
    }
}
