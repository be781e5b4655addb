// A top-level class with no modifiers and no constructor of its own -- a JUnit 5 test class, typically -- holding a
// static nested class with coroutines (a test double): the nested class gets its generated class. It was refused as
// "a compact source file" (usertest round 12, finding 1): javac's default constructor, which starts where a class
// without modifiers does, was taken for the first member of a class without a header.
// OUTPUT:
// fake 1
// other 2
import kaa.*;
import static kaa.Async.*;

class NestedCoroutineClassInPackagePrivateClass {
    abstract static class Service {
        abstract InProgress<String> fetch(int n);
    }

    abstract static class FakeService extends Service {
        @Override
        @Coroutine
        InProgress<String> fetch(int n) {
            yield_();
            return done("fake " + n);
        }
    }

    static class Plain {
        @Coroutine
        static InProgress<String> other(int n) {
            yield_();
            return done("other " + n);
        }
    }

    public static void main(String[] args) {
        Service service = new NestedCoroutineClassInPackagePrivateClass_FakeService_Coroutines();
        System.out.println(service.fetch(1).await());
        System.out.println(NestedCoroutineClassInPackagePrivateClass_Plain_Coroutines.other(2).await());
    }
}
