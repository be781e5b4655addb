import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kaa.*;
import static kaa.Async.*;

//| words=9 distinct=7
//| the=3
//| fox=1
//| long words: [jumps, quick]
//| scaled: [6, 12, 18]
//| prefix>> over
public abstract class WordStats {
    InProgress<String> load(String name) {
        var ip = new InProgress<String>();
        Main.post(() -> ip.finish(name.equals("doc") ? "The quick fox jumps over the lazy dog the" : "x"));
        return ip;
    }

    InProgress<Integer> factor() {
        return InProgress.finished(3);
    }

    @Coroutine
    InProgress<Void> report(String name, int minLen) {
        String text = yield_(load(name));
        List<String> words = Arrays.stream(text.split("\\s+")).map(String::toLowerCase).collect(Collectors.toList());
        Map<String, Long> counts = words.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println("words=" + words.size() + " distinct=" + counts.size());
        yield_();
        String top = counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .orElse("none");
        System.out.println(top);
        final String probe = "fox";
        System.out.println(probe + "=" + words.stream().filter(w -> w.equals(probe)).count());
        int min = minLen + 1;
        var longWords = words.stream().filter(w -> w.length() >= min).distinct().sorted(Comparator.reverseOrder()).toList();
        yield_();
        System.out.println("long words: " + longWords.stream().sorted().toList());
        int f = yield_(factor()) * 2;
        System.out.println("scaled: " + List.of(1, 2, 3).stream().map(i -> i * f).toList());
        String prefix = "prefix";
        Function<String, String> tag = w -> prefix + ">> " + w;
        yield_();
        System.out.println(tag.apply(words.get(4)));
        return done();
    }

    public static void main(String[] args) {
        WordStats ws = new WordStats_Coroutines();
        ws.report("doc", 4).await();
    }
}
