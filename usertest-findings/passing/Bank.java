import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kaa.*;
import static kaa.Async.*;

//| transfer 1: ok, alice=70.00 bob=80.00
//| transfer 2: rejected (insufficient funds: alice has 70.00, needs 500.00)
//| transfer 3: rejected (unknown account carol)
//| by type: {DEPOSIT=2, WITHDRAWAL=1}
//| interest: alice=71.75 bob=80.98
//| richest: bob
public abstract class Bank {
    enum Type { DEPOSIT, WITHDRAWAL }

    record Tx(String account, Type type, BigDecimal amount) {}

    static final class Account {
        final String owner;
        BigDecimal balance;

        private Account(Builder b) {
            this.owner = b.owner;
            this.balance = b.balance;
        }

        static Builder builder(String owner) {
            return new Builder(owner);
        }

        static final class Builder {
            private final String owner;
            private BigDecimal balance = BigDecimal.ZERO;

            private Builder(String owner) {
                this.owner = owner;
            }

            Builder balance(String amount) {
                this.balance = new BigDecimal(amount);
                return this;
            }

            Account build() {
                return new Account(this);
            }
        }
    }

    final Map<String, Account> accounts = new TreeMap<>();
    final List<Tx> journal = new java.util.ArrayList<>();

    InProgress<Optional<Account>> find(String name) {
        var ip = new InProgress<Optional<Account>>();
        Main.post(() -> ip.finish(Optional.ofNullable(accounts.get(name))));
        return ip;
    }

    @Coroutine
    InProgress<String> transfer(String from, String to, String amount) {
        BigDecimal amt = new BigDecimal(amount);
        Optional<Account> src = yield_(find(from));
        Optional<Account> dst = yield_(find(to));
        if (src.isEmpty() || dst.isEmpty())
            return done("rejected (unknown account " + (src.isEmpty() ? from : to) + ")");
        Account a = src.get(), b = dst.get();
        if (a.balance.compareTo(amt) < 0)
            return done("rejected (insufficient funds: " + a.owner + " has " + a.balance + ", needs " + amt.setScale(2) + ")");
        a.balance = a.balance.subtract(amt);
        journal.add(new Tx(from, Type.WITHDRAWAL, amt));
        yield_();
        b.balance = b.balance.add(amt);
        journal.add(new Tx(to, Type.DEPOSIT, amt));
        return done("ok, " + summary());
    }

    String summary() {
        return accounts.values().stream().map(x -> x.owner + "=" + x.balance).collect(Collectors.joining(" "));
    }

    @Coroutine
    InProgress<String> applyInterest(Map<String, String> ratesPercent) {
        for (var e : ratesPercent.entrySet()) {
            Account acc = yield_(find(e.getKey())).orElseThrow();
            BigDecimal rate = new BigDecimal(e.getValue()).divide(BigDecimal.valueOf(100));
            acc.balance = acc.balance.add(acc.balance.multiply(rate)).setScale(2, RoundingMode.HALF_EVEN);
        }
        return done(summary());
    }

    public static void main(String[] args) {
        Bank bank = new Bank_Coroutines();
        bank.accounts.put("alice", Account.builder("alice").balance("100.00").build());
        bank.accounts.put("bob", Account.builder("bob").balance("50.00").build());
        System.out.println("transfer 1: " + bank.transfer("alice", "bob", "30.00").await());
        System.out.println("transfer 2: " + bank.transfer("alice", "bob", "500").await());
        System.out.println("transfer 3: " + bank.transfer("alice", "carol", "1").await());
        bank.journal.add(new Tx("bob", Type.DEPOSIT, BigDecimal.ONE));
        Map<Type, Long> byType = bank.journal.stream()
                .collect(Collectors.groupingBy(Tx::type, () -> new EnumMap<>(Type.class), Collectors.counting()));
        System.out.println("by type: " + byType);
        bank.accounts.get("bob").balance = bank.accounts.get("bob").balance.subtract(BigDecimal.ONE);
        System.out.println("interest: " + bank.applyInterest(new TreeMap<>(Map.of("alice", "2.5", "bob", "2.5"))).await());
        System.out.println("richest: " + bank.accounts.values().stream()
                .max((x, y) -> x.balance.compareTo(y.balance)).map(x -> x.owner).orElse("-"));
    }
}
