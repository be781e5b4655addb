import java.util.Objects;

record Sku(String code) {
    Sku {
        Objects.requireNonNull(code);
        if (code.isBlank()) throw new IllegalArgumentException("blank sku");
    }
}

