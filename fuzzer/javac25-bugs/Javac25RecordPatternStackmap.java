// javac 25 (--release 21; JDK-8390354, fixed upstream in August 2026) writes a class the JVM rejects: "Inconsistent
// stackmap frames". Plain Java, no kaa. The processor works around it (docs/lowering.md "Differences between JDKs").
// javac --release 21 -d o Javac25RecordPatternStackmap.java && java -cp o Javac25RecordPatternStackmap
// Expected: R13[a=3, b=x]. A type pattern (instanceof R8 r) instead of the record pattern compiles correctly.
public class Javac25RecordPatternStackmap {
    record R8(int a, String b) {}
    record R13(int a, String b) {}
    static Object run(String q) {
        R8 j = new R8(1, q);
        Object a = j;
        if (!((a instanceof R8(int m, var u)))) {
            return null;
        }
        return new R13((switch (1) {
                case 1, 0:
                    Object z = ((Object) (true));
                    yield 3;
                default:
                    throw new IllegalStateException("m16");
            }), u);
    }
    public static void main(String[] args) {
        System.out.println(run("x"));
    }
}
