// RELEASE: 21
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| tokens: [NUM(12), OP(+), NUM(3), OP(*), LPAREN, NUM(4), OP(-), NUM(1), RPAREN]
//| value: 21
//| kinds: number op number op paren number op number paren
public abstract class Tokens21 {
    sealed interface Token permits Num, Op, Paren {}
    record Num(int value) implements Token {
        @Override
        public String toString() {
            return "NUM(" + value + ")";
        }
    }
    record Op(char symbol) implements Token {
        @Override
        public String toString() {
            return "OP(" + symbol + ")";
        }
    }
    enum Paren implements Token { LPAREN, RPAREN }

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    @Coroutine
    InProgress<List<Token>> lex(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = yield_(soon(src.charAt(i)));
            switch (c) {
                case ' ' -> i++;
                case '(' -> { out.add(Paren.LPAREN); i++; }
                case ')' -> { out.add(Paren.RPAREN); i++; }
                case '+', '-', '*', '/' -> { out.add(new Op(c)); i++; }
                default -> {
                    if (!Character.isDigit(c)) throw new IllegalArgumentException("bad char " + c);
                    int v = 0;
                    while (i < src.length() && Character.isDigit(src.charAt(i))) v = v * 10 + (src.charAt(i++) - '0');
                    out.add(new Num(v));
                }
            }
        }
        return done(out);
    }

    int pos;

    @Coroutine
    InProgress<Integer> expr(List<Token> ts) {
        int v = yield_(term(ts));
        while (pos < ts.size() && ts.get(pos) instanceof Op(char s) && (s == '+' || s == '-')) {
            pos++;
            int r = yield_(term(ts));
            v = s == '+' ? v + r : v - r;
        }
        return done(v);
    }

    @Coroutine
    InProgress<Integer> term(List<Token> ts) {
        int v = yield_(atom(ts));
        while (pos < ts.size() && ts.get(pos) instanceof Op(char s) && (s == '*' || s == '/')) {
            pos++;
            int r = yield_(atom(ts));
            v = s == '*' ? v * r : v / r;
        }
        return done(v);
    }

    @Coroutine
    InProgress<Integer> atom(List<Token> ts) {
        Token t = ts.get(pos++);
        return done(switch (t) {
            case Num(int value) -> value;
            case Paren.LPAREN -> {
                int v = yield_(expr(ts));
                if (ts.get(pos++) != Paren.RPAREN) throw new IllegalStateException("expected )");
                yield v;
            }
            case Paren.RPAREN -> throw new IllegalStateException("unexpected )");
            case Op o -> throw new IllegalStateException("unexpected " + o);
        });
    }

    @Coroutine
    InProgress<String> kinds(List<Token> ts) {
        var sb = new StringBuilder("kinds:");
        Token prev = null;
        for (Token t : ts) {
            String k = switch (yield_(soon(t))) {
                case Num n -> "number";
                case Op o -> "op";
                case Paren p -> "paren";
            };
            if (prev == null || !k.equals(kindOf(prev))) sb.append(' ').append(k);
            prev = t;
        }
        return done(sb.toString());
    }

    static String kindOf(Token t) {
        return t instanceof Num ? "number" : t instanceof Op ? "op" : "paren";
    }

    public static void main(String[] args) {
        Tokens21 t = new Tokens21_Coroutines();
        List<Token> ts = t.lex("12 + 3 * (4 - 1)").await();
        System.out.println("tokens: " + ts);
        System.out.println("value: " + t.expr(ts).await());
        System.out.println(t.kinds(ts).await());
    }
}
