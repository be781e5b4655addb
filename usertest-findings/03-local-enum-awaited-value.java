// FINDING 03: a local enum, record or class used as the type of a yield_ result: the generated code does not
// compile (javac error in LocalEnum_CoroutineMachines.java, not at my line).
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar LocalEnum.java && java -cp o:kaa-runtime.jar LocalEnum
//   (same on JDK 25 at /usr/lib/jvm/temurin-25-jdk-amd64)
// Expected: prints DESC (README: "local classes, records, enums and interfaces in bodies" are supported; only a
//   yield_ *inside* them is rejected).
// Actual:
//   o/LocalEnum_CoroutineMachines.java:53: error: incompatible types: Enum<CAP#1> cannot be converted to Order
//                           Order order = this.<Enum<?>>awaitedValue();
//   With a local record instead (record Pair(String a, int b) {}  Pair q = yield_(InProgress.finished(new Pair("z", 2)));
//   return done(q.b());):
//   error: incompatible types: Record cannot be converted to Pair
//                           Pair q = this.<Record>awaitedValue();
//   A local class Box the same way (its nearest nameable supertype, Object).
// Diagnosis: the awaited value's type argument is the local type's nearest supertype that the machine can name
//   (Enum<?>, Record), which is right for a hoisted field (reads of those are cast back: ((Pair) p)), but a
//   declaration that stays a local in the resuming state is declared with the local type itself and gets no cast.
//   Either cast (Order) this.<Enum<?>>awaitedValue() or declare the local with the erased type and cast the reads.
// Realistic trigger: Game.rank in passing/ before the workaround: enum Order { ASC, DESC } ... Order order = yield_(soon(Order.DESC));
// Also works on its own: if the local is read only after a later yield_ (it is hoisted then), it compiles.
import kaa.*;
import static kaa.Async.*;

public abstract class LocalEnum {
    @Coroutine
    InProgress<String> pick() {
        enum Order { ASC, DESC }
        Order order = yield_(InProgress.finished(Order.DESC));
        return done(order.name());
    }

    public static void main(String[] args) {
        System.out.println(new LocalEnum_Coroutines().pick().await());
    }
}
