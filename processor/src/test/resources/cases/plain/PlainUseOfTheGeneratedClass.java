// The right way from a file that names nothing of kaa: the generated class, which runs the state machines.
// OUTPUT:
// 3 5
public class PlainUseOfTheGeneratedClass extends Counters_Coroutines {
    public static void main(String[] args) {
        System.out.println(Counters_Coroutines.count(3).await() + " " + new PlainUseOfTheGeneratedClass().next(4).await());
    }
}
