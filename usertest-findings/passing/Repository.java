import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaa.*;
import static kaa.Async.*;

//| base load 1 -> user1
//| cached load 1 -> user1 (miss)
//| cached load 1 -> user1 (hit)
//| loadAll=[user1, user2, user3]
//| audit=[get 1, get 1, get 2, get 3]
//| describe=CachingRepository with 3 entries
abstract class Repository {
    final List<String> audit = new ArrayList<>();

    protected InProgress<String> fetch(int id) {
        var ip = new InProgress<String>();
        Main.post(() -> ip.finish("user" + id));
        return ip;
    }

    @Coroutine
    InProgress<String> load(int id) {
        audit.add("get " + id);
        return done(yield_(fetch(id)));
    }

    @Coroutine
    InProgress<List<String>> loadAll(int... ids) {
        var out = new ArrayList<String>();
        for (int id : ids) out.add(yield_(load(id)));
        return done(out);
    }

    String describe() {
        return getClass().getSimpleName();
    }

    public static void main(String[] args) {
        Repository base = new Repository_Coroutines();
        System.out.println("base load 1 -> " + base.load(1).await());
        CachingRepository cached = new Repository_CachingRepository_Coroutines();
        System.out.println("cached load 1 -> " + cached.load(1).await() + cached.lastOutcome);
        System.out.println("cached load 1 -> " + cached.load(1).await() + cached.lastOutcome);
        System.out.println("loadAll=" + cached.loadAll(1, 2, 3).await());
        var all = new ArrayList<String>(base.audit);
        all.addAll(cached.audit);
        System.out.println("audit=" + all);
        System.out.println("describe=" + cached.describe());
    }

    abstract static class CachingRepository extends Repository {
        final Map<Integer, String> cache = new LinkedHashMap<>();
        String lastOutcome = "";

        @Override
        @Coroutine
        InProgress<String> load(int id) {
            String hit = cache.get(id);
            if (hit != null) {
                lastOutcome = " (hit)";
                return done(hit);
            }
            audit.add("get " + id);
            String v = yield_(fetch(id));
            cache.put(id, v);
            lastOutcome = " (miss)";
            return done(v);
        }

        @Override
        String describe() {
            return "CachingRepository with " + cache.size() + " entries";
        }
    }
}
