// A local record's canonical constructor whose parameters are named like the coroutine's parameters and locals:
// they keep their names (a canonical constructor's must be the components'), and its compact form reads and assigns
// them (usertest round 10: they were renamed lo_2, text_2, which the compact form does not declare).
// Attributed in place, such a record is [kaa.record-constructor] (errors/RecordConstructorInCoroutineClass).
// ATTRIBUTION: copy
// OUTPUT:
// Range[lo=1, hi=5] from 1
// Pair[a=A, b=b] b
// Note[text=hi] ' hi '
import kaa.*;
import static kaa.Async.*;

public abstract class LocalRecordConstructorParameters {
    @Coroutine
    InProgress<String> compact(int lo, int hi) {
        record Range(int lo, int hi) {
            Range {
                if (lo > hi) {
                    throw new IllegalArgumentException(lo + " > " + hi);
                }
            }
        }
        Range r = new Range(lo, hi);
        yield_();
        return done(r + " from " + lo);
    }

    @Coroutine
    InProgress<String> canonical(String a, String b) {
        record Pair(String a, String b) {
            Pair(String a, String b) {
                this.a = a.toUpperCase();
                this.b = b;
            }
        }
        Pair p = new Pair(a, b);
        yield_();
        return done(p + " " + b);
    }

    @Coroutine
    InProgress<String> assigning() {
        String text = " hi ";
        record Note(String text) {
            Note {
                text = text.strip();
            }
        }
        Note n = new Note(text);
        yield_();
        return done(n + " '" + text + "'");
    }

    public static void main(String[] args) {
        LocalRecordConstructorParameters c = new LocalRecordConstructorParameters_Coroutines();
        System.out.println(c.compact(1, 5).await());
        System.out.println(c.canonical("a", "b").await());
        System.out.println(c.assigning().await());
    }
}
