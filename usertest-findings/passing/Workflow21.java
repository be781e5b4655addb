// RELEASE: 21
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| NEW -> PAID on Pay[amount=30]
//| PAID -> SHIPPED on Ship[carrier=dhl]
//| ignored Pay[amount=5] in SHIPPED
//| SHIPPED -> DELIVERED on Deliver[]
//| final DELIVERED, first=Pay[amount=30] last=Deliver[]
//| null event -> error
//| cancel NEW -> CANCELLED (refund 0)
//| cancel PAID -> CANCELLED (refund 30)
public abstract class Workflow21 {
    enum State { NEW, PAID, SHIPPED, DELIVERED, CANCELLED }

    sealed interface Event permits Pay, Ship, Deliver, Cancel {}
    record Pay(int amount) implements Event {}
    record Ship(String carrier) implements Event {}
    record Deliver() implements Event {}
    record Cancel(String reason) implements Event {}

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    int paid;

    @Coroutine
    InProgress<State> step(State state, Event event) {
        State next = switch (state) {
            case NEW -> switch (event) {
                case Pay(int amount) when amount > 0 -> {
                    paid = yield_(soon(amount));
                    yield State.PAID;
                }
                case Cancel c -> State.CANCELLED;
                case null, default -> state;
            };
            case PAID -> switch (event) {
                case Ship s when !s.carrier().isBlank() -> State.SHIPPED;
                case Cancel c -> {
                    int refund = yield_(soon(paid));
                    System.out.println("refund " + refund);
                    yield State.CANCELLED;
                }
                default -> state;
            };
            case SHIPPED -> event instanceof Deliver ? State.DELIVERED : state;
            case DELIVERED, CANCELLED -> state;
        };
        if (next != state) System.out.println(state + " -> " + next + " on " + event);
        else System.out.println("ignored " + event + " in " + state);
        return done(next);
    }

    @Coroutine
    InProgress<String> run(List<Event> events) {
        State s = State.NEW;
        List<Event> seen = new ArrayList<>();
        for (Event e : events) {
            State before = s;
            s = yield_(step(s, e));
            if (s != before) seen.add(e);
        }
        return done("final " + s + ", first=" + seen.getFirst() + " last=" + seen.getLast());
    }

    @Coroutine
    InProgress<String> cancel(State from) {
        var sb = new StringBuilder();
        Object o = from;
        String r = switch (o) {
            case State st when st == State.NEW -> "cancel NEW -> CANCELLED (refund 0)";
            case State st -> {
                paid = 30;
                yield "cancel " + st + " -> CANCELLED (refund " + yield_(soon(paid)) + ")";
            }
            default -> "?";
        };
        sb.append(r);
        return done(sb.toString());
    }

    public static void main(String[] args) {
        Workflow21 w = new Workflow21_Coroutines();
        System.out.println(w.run(List.of(new Pay(30), new Ship("dhl"), new Pay(5), new Deliver())).await());
        try {
            w.step(State.PAID, null).await();
            System.out.println("null event accepted");
        } catch (NullPointerException e) {
            System.out.println("null event -> error");
        }
        System.out.println(w.cancel(State.NEW).await());
        System.out.println(w.cancel(State.PAID).await());
    }
}
