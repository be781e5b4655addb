import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| 1 [name, qty, price]
//| 3 [Widget, large, 3, 2.50]
//| 5 [Say "hi", 10, 0.25]
//| total 10.0
public abstract class CsvParser {
    public record Row(int line, List<String> cells) {}

    @Coroutine
    public InProgress<List<Row>> parse(String text) {
        var rows = new ArrayList<Row>();
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            if (raw.isBlank()) continue;
            if (raw.startsWith("#")) continue;
            var cells = new ArrayList<String>();
            var cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
                            cur.append('"');
                            i++;
                        } else quoted = false;
                    } else cur.append(c);
                } else if (c == '"') quoted = true;
                else if (c == ',') {
                    cells.add(cur.toString());
                    cur.setLength(0);
                } else cur.append(c);
            }
            cells.add(cur.toString());
            rows.add(new Row(lineNo, cells));
            yield_();
        }
        return done(rows);
    }

    public static void main(String[] args) {
        String input = """
            name,qty,price
            # comment
            "Widget, large",3,2.50

            "Say ""hi""\",10,0.25
            """;
        CsvParser parser = new CsvParser_Coroutines();
        List<Row> rows = parser.parse(input).await();
        double total = 0;
        for (Row row : rows) {
            System.out.println(row.line() + " " + row.cells());
            if (row.line() > 1) total += Integer.parseInt(row.cells().get(1)) * Double.parseDouble(row.cells().get(2));
        }
        System.out.println("total " + total);
    }
}
