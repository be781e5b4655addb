import java.util.ArrayDeque;
import java.util.Deque;
import kaa.*;
import static kaa.Async.*;

//| > push 3
//| > push 4
//| > add
//| > push 10
//| > mul
//| > dup
//| > print
//| 70
//| > frobnicate
//| unknown command: frobnicate
//| > swap
//| > sub
//| > print
//| 0
//| > quit
//| bye after 12 commands, stack=[]
public abstract class Commands {
    static final String SCRIPT = """
        push 3
        push 4
        add
        push 10
        mul
        dup
        print
        frobnicate
        swap
        sub
        print
        quit
        push 99
        """;

    InProgress<String> readLine(String[] lines, int i) {
        var ip = new InProgress<String>();
        Main.post(() -> ip.finish(i < lines.length ? lines[i] : null));
        return ip;
    }

    @Coroutine
    InProgress<String> repl(String script) {
        String[] lines = script.lines().toArray(String[]::new);
        Deque<Integer> stack = new ArrayDeque<>();
        int count = 0;
        loop:
        for (int i = 0; ; i++) {
            String line = yield_(readLine(lines, i));
            if (line == null) break;
            count++;
            System.out.println("> " + line);
            String[] parts = line.split(" ");
            switch (parts[0]) {
                case "push":
                    stack.push(Integer.parseInt(parts[1]));
                    break;
                case "add":
                case "mul":
                case "sub": {
                    int b = stack.pop(), a = stack.pop();
                    stack.push(switch (parts[0]) {
                        case "add" -> a + b;
                        case "mul" -> a * b;
                        default -> a - b;
                    });
                    break;
                }
                case "dup":
                    stack.push(stack.peek());
                    break;
                case "swap": {
                    int x = stack.pop();
                    int y = stack.pop();
                    stack.push(x);
                    stack.push(y);
                    break;
                }
                case "print":
                    yield_();
                    System.out.println(stack.peek());
                    break;
                case "quit":
                    break loop;
                default:
                    System.out.println("unknown command: " + parts[0]);
            }
        }
        stack.clear();
        return done("bye after " + count + " commands, stack=" + stack);
    }

    public static void main(String[] args) {
        Commands c = new Commands_Coroutines();
        System.out.println(c.repl(SCRIPT).await());
    }
}
