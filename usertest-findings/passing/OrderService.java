package com.acme.orders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kaa.*;
import static kaa.Async.*;

//| static init ran
//| created service eu (1 constructors so far)
//| created service default (3 constructors so far)
//| order #1 for eu: 3 x widget = 7.50 EUR
//| order #2 for default: 1 x gadget = 10.00 USD
//| rejected: quantity must be positive: 0
//| io: warehouse offline
//| ids=[1, 2]
public abstract class OrderService {
    static final AtomicInteger IDS = new AtomicInteger();
    static final String DEFAULT_CURRENCY;
    static int constructors;

    static {
        DEFAULT_CURRENCY = "USD";
        System.out.println("static init ran");
    }

    protected final String region;
    protected final String currency;
    private final List<Integer> ids = new ArrayList<>();

    {
        constructors++;
    }

    protected OrderService(String region, String currency) {
        this.region = region;
        this.currency = currency;
        System.out.println("created service " + region + " (" + constructors + " constructors so far)");
    }

    protected OrderService() throws IOException {
        this("default", DEFAULT_CURRENCY);
        if (region.isEmpty()) throw new IOException("no region");
    }

    public List<Integer> ids() {
        return ids;
    }

    protected InProgress<Double> priceOf(String item) {
        var ip = new InProgress<Double>();
        Main.post(() -> {
            if (item.equals("broken")) ip.fail(new IOException("warehouse offline"));
            else ip.finish(item.equals("widget") ? 2.5 : 10.0);
        });
        return ip;
    }

    protected void record(int id) {
        ids.add(id);
    }

    @Coroutine
    public InProgress<String> place(String item, int quantity) throws IOException {
        if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive: " + quantity);
        double unit = yield_(priceOf(item), IOException.class);
        int id = IDS.incrementAndGet();
        record(id);
        return done(String.format("order #%d for %s: %d x %s = %.2f %s", id, region, quantity, item, unit * quantity,
                currency));
    }

    public static void main(String[] args) throws IOException {
        OrderService eu = new OrderService_Coroutines("eu", "EUR");
        constructors++;
        OrderService def = new OrderService_Coroutines();
        System.out.println(eu.place("widget", 3).await());
        System.out.println(def.place("gadget", 1).await());
        try {
            eu.place("widget", 0).await();
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        try {
            def.place("broken", 1).await();
        } catch (java.util.concurrent.CompletionException e) {
            System.out.println("io: " + e.getCause().getMessage());
        }
        List<Integer> all = new ArrayList<>(eu.ids());
        all.addAll(def.ids());
        System.out.println("ids=" + all);
    }
}
