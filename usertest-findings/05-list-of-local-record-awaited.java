// FINDING 05: a generic type over a local record (List<Item>) as a yield_ result: generated code does not compile.
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar LocalRecList.java && java -cp o:kaa-runtime.jar LocalRecList
// Expected: prints 3.
// Actual (JDK 17):
//   o/LocalRecList_CoroutineMachines.java:56: error: incompatible types: CAP#1 cannot be converted to Item
//                           for (Item item : items) sum += item.price();
// Variant, the yield_ directly as the enhanced-for expression (  for (Item item : yield_(InProgress.finished(items)))  ):
//   error: incompatible types: Iterator<CAP#1> cannot be converted to Iterator<? extends Record>
//                           iterator = this.<List<?>>awaitedValue().iterator();
// Diagnosis: like findings 03/04, the local type inside the awaited type is replaced by a wildcard (List<?>) and
//   nothing casts it back; the iterator variant also declares its hoisted iterator as Iterator<? extends Record>
//   but assigns the unconverted List<?>'s iterator. A (List<Item>) cast (unchecked, suppressed) or a raw
//   iterator with casts of each element would do.
// Realistic trigger: a method that groups results in a local record and awaits a list of them.
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalRecList {
    @Coroutine
    InProgress<Integer> total() {
        record Item(int price) {}
        List<Item> items = yield_(InProgress.finished(List.of(new Item(1), new Item(2))));
        int sum = 0;
        for (Item item : items) sum += item.price();
        return done(sum);
    }

    public static void main(String[] args) {
        System.out.println(new LocalRecList_Coroutines().total().await());
    }
}
