import kaa.*;
import static kaa.Async.*;

//| Khoor, Zruog! 123
//| Hello, World! 123
//| letters=10 digits=3 upper=2
//| hex=48656c6c6f
//| rot13 twice=Hello
//| next chars: b c d
public abstract class Cipher {
    static InProgress<Integer> shiftOf(int s) {
        var ip = new InProgress<Integer>();
        Main.post(() -> ip.finish(s));
        return ip;
    }

    @Coroutine
    InProgress<String> caesar(String text, int shift) {
        var sb = new StringBuilder(text.length());
        int k = yield_(shiftOf(((shift % 26) + 26) % 26));
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + k) % 26));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + (c - 'A' + k) % 26));
            else sb.append(c);
        }
        return done(sb.toString());
    }

    @Coroutine
    InProgress<String> stats(String s) {
        int letters = 0, digits = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper += yield_(shiftOf(1));
            } else if (Character.isDigit(c)) digits++;
        }
        return done("letters=" + letters + " digits=" + digits + " upper=" + upper);
    }

    @Coroutine
    InProgress<String> hex(String s) {
        char[] digits = "0123456789abcdef".toCharArray();
        char[] out = new char[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[2 * i] = digits[c >> 4];
            out[2 * i + 1] = digits[c & 0xf];
            if (i % 2 == 0) yield_();
        }
        return done(new String(out));
    }

    @Coroutine
    InProgress<String> nextChars(char start, int n) {
        var sb = new StringBuilder();
        char c = start;
        for (int i = 0; i < n; i++) {
            c += yield_(shiftOf(1));
            if (sb.length() > 0) sb.append(' ');
            sb.append(c);
        }
        return done(sb.toString());
    }

    public static void main(String[] args) {
        Cipher c = new Cipher_Coroutines();
        String enc = c.caesar("Hello, World! 123", 3).await();
        System.out.println(enc);
        System.out.println(c.caesar(enc, -3).await());
        System.out.println(c.stats("Hello, World! 123").await());
        System.out.println("hex=" + c.hex("Hello").await());
        System.out.println("rot13 twice=" + c.caesar(c.caesar("Hello", 13).await(), 13).await());
        System.out.println("next chars: " + c.nextChars('a', 3).await());
    }
}
