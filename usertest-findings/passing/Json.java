import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaa.*;
import static kaa.Async.*;

//| {name=kaa, version=0.1, tags=[java, coroutines], nested={ok=true, none=null, n=-12}, esc=a"b\c	d}
//| chunks read: 5
//| error: expected ':' at 5
//| error: unterminated string at 12
public abstract class Json {
    final class Reader {
        final String text;
        final int chunk;
        int served;
        int reads;

        Reader(String text, int chunk) {
            this.text = text;
            this.chunk = chunk;
        }

        InProgress<String> next() {
            reads++;
            var ip = new InProgress<String>();
            int end = Math.min(text.length(), served + chunk);
            String part = text.substring(served, end);
            served = end;
            Main.post(() -> ip.finish(part));
            return ip;
        }
    }

    /** Parses the whole document in one long coroutine, reading the input in chunks as it goes. */
    @Coroutine
    InProgress<Object> parse(Reader in) {
        StringBuilder buf = new StringBuilder();
        int pos = 0;
        boolean eof = false;
        List<Object> stack = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Object result = null;
        String pendingKey = null;
        boolean expectValue = true;
        while (true) {
            while (pos < buf.length() && Character.isWhitespace(buf.charAt(pos))) pos++;
            if (pos >= buf.length()) {
                if (eof) break;
                String more = yield_(in.next());
                if (more.isEmpty()) eof = true;
                buf.append(more);
                continue;
            }
            char c = buf.charAt(pos);
            Object value = null;
            boolean haveValue = false;
            switch (c) {
                case '{':
                    stack.add(new LinkedHashMap<String, Object>());
                    keys.add(pendingKey);
                    pendingKey = null;
                    pos++;
                    expectValue = false;
                    continue;
                case '[':
                    stack.add(new ArrayList<Object>());
                    keys.add(pendingKey);
                    pendingKey = null;
                    pos++;
                    expectValue = true;
                    continue;
                case '}':
                case ']': {
                    Object done = stack.remove(stack.size() - 1);
                    pendingKey = keys.remove(keys.size() - 1);
                    pos++;
                    value = done;
                    haveValue = true;
                    break;
                }
                case ',':
                    pos++;
                    expectValue = !(stack.get(stack.size() - 1) instanceof Map);
                    continue;
                case '"': {
                    StringBuilder s = new StringBuilder();
                    int p = pos + 1;
                    boolean closed = false;
                    scan:
                    while (true) {
                        while (p >= buf.length()) {
                            if (eof) break scan;
                            String more = yield_(in.next());
                            if (more.isEmpty()) eof = true;
                            buf.append(more);
                        }
                        char ch = buf.charAt(p++);
                        switch (ch) {
                            case '"':
                                closed = true;
                                break scan;
                            case '\\':
                                while (p >= buf.length()) {
                                    String more = yield_(in.next());
                                    if (more.isEmpty()) throw new IllegalArgumentException("bad escape at " + p);
                                    buf.append(more);
                                }
                                char esc = buf.charAt(p++);
                                s.append(esc == 't' ? '\t' : esc == 'n' ? '\n' : esc);
                                break;
                            default:
                                s.append(ch);
                        }
                    }
                    if (!closed) throw new IllegalArgumentException("unterminated string at " + p);
                    pos = p;
                    if (!expectValue && stack.get(stack.size() - 1) instanceof Map) {
                        pendingKey = s.toString();
                        while (pos >= buf.length() || Character.isWhitespace(buf.charAt(pos))) {
                            if (pos < buf.length()) pos++;
                            else {
                                String more = yield_(in.next());
                                if (more.isEmpty()) throw new IllegalArgumentException("expected ':' at " + pos);
                                buf.append(more);
                            }
                        }
                        if (buf.charAt(pos) != ':') throw new IllegalArgumentException("expected ':' at " + pos);
                        pos++;
                        expectValue = true;
                        continue;
                    }
                    value = s.toString();
                    haveValue = true;
                    break;
                }
                default: {
                    int start = pos;
                    while (true) {
                        while (pos >= buf.length() && !eof) {
                            String more = yield_(in.next());
                            if (more.isEmpty()) eof = true;
                            buf.append(more);
                        }
                        if (pos >= buf.length()) break;
                        char d = buf.charAt(pos);
                        if (d == ',' || d == '}' || d == ']' || Character.isWhitespace(d)) break;
                        pos++;
                    }
                    String word = buf.substring(start, pos);
                    value = switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> word.contains(".") ? (Object) Double.parseDouble(word) : (Object) Long.parseLong(word);
                    };
                    haveValue = true;
                }
            }
            if (haveValue) {
                if (stack.isEmpty()) {
                    result = value;
                } else if (stack.get(stack.size() - 1) instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) stack.get(stack.size() - 1);
                    m.put(pendingKey, value);
                    pendingKey = null;
                    expectValue = false;
                } else {
                    @SuppressWarnings("unchecked")
                    List<Object> l = (List<Object>) stack.get(stack.size() - 1);
                    l.add(value);
                }
            }
        }
        return done(result);
    }

    public static void main(String[] args) {
        Json json = new Json_Coroutines();
        String doc = """
            {"name": "kaa", "version": 0.1, "tags": ["java", "coroutines"],
             "nested": {"ok": true, "none": null, "n": -12}, "esc": "a\\"b\\\\c\\td"}
            """;
        Reader r = json.new Reader(doc, 40);
        System.out.println(json.parse(r).await());
        System.out.println("chunks read: " + r.reads);
        for (String bad : new String[] {"{\"a\" 1}", "[\"abc\", \"def"}) {
            try {
                json.parse(json.new Reader(bad, 3)).await();
            } catch (IllegalArgumentException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
    }
}
