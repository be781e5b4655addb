// A member class of an anonymous or local class, named by its simple name inside that class or through the local
// class's name outside it (commons-math3's RealVector.unmodifiableRealVector): such a class has no canonical name,
// and the rewriter asked JavaPoet for one ([kaa.internal-error] "Unexpected type nesting"). A variable of the member
// class of a local class that lives across yield_() is a field of a named supertype, read back with a cast.
// OUTPUT:
// wrapped 3 of 3
// 7 8
import kaa.*;
import static kaa.Async.*;

public abstract class MemberOfLocalClass {
    interface Box {
        String show();
    }

    @Coroutine
    static InProgress<Box> wrap(int value) {
        int v = yield_(InProgress.finished(value));
        yield_();
        return done(new Box() {
            private final Entry first = new Entry();

            class Entry {
                int get() {
                    return v;
                }
            }

            @Override
            public String show() {
                Entry other = new Entry();
                return "wrapped " + other.get() + " of " + first.get();
            }
        });
    }

    @Coroutine
    static InProgress<String> local(int value) {
        class Counter {
            class Step {
                int next(int by) {
                    return base + by;
                }
            }

            final int base;

            Counter(int base) {
                this.base = base;
            }
        }
        Counter counter = new Counter(yield_(InProgress.finished(value)));
        yield_();
        Counter.Step step = counter.new Step();
        int first = step.next(yield_(InProgress.finished(1)));
        return done(first + " " + step.next(2));
    }

    public static void main(String[] args) {
        System.out.println(MemberOfLocalClass_Coroutines.wrap(3).await().show());
        System.out.println(MemberOfLocalClass_Coroutines.local(6).await());
    }
}
