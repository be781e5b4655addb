// A deprecated class may have coroutines: its generated subclass, in another top-level class, extends it and
// overrides its methods without a deprecation warning, as the class's own code raises none.
// OUTPUT:
// done
@Deprecated
public abstract class DeprecatedClass {
    @kaa.Coroutine
    kaa.InProgress<String> run() {
        kaa.Async.yield_();
        return kaa.Async.done("done");
    }

    public static void main(String[] args) {
        System.out.println(new DeprecatedClass_Coroutines().run().await());
    }
}
