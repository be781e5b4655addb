import com.google.auto.value.AutoValue;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import javax.inject.Inject;
import kaa.*;
import lombok.Getter;
import lombok.Setter;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;
import static kaa.Async.*;

public abstract class Shop {
    @Getter @Setter int stock = 3;

    @AutoValue
    abstract static class Item {
        abstract String name();
        abstract int price();

        static Item of(String name, int price) {
            return new AutoValue_Shop_Item(name, price);
        }
    }

    public static class ItemDto {
        public String name;
        public int price;
    }

    @Mapper
    public interface ItemMapper {
        ItemDto toDto(Source source);
    }

    public static class Source {
        private final String name;
        private final int price;

        public Source(String name, int price) {
            this.name = name;
            this.price = price;
        }

        public String getName() {
            return name;
        }

        public int getPrice() {
            return price;
        }
    }

    static class Clock {
        @Inject
        Clock() {
        }

        String now() {
            return "noon";
        }
    }

    @Module
    static class ShopModule {
        @Provides
        static String greeting() {
            return "welcome";
        }
    }

    @Component(modules = ShopModule.class)
    interface ShopComponent {
        Clock clock();

        String greeting();
    }

    @Coroutine
    InProgress<String> sell(String name) {
        var item = new AutoValue_Shop_Item(name, 5);
        yield_();
        setStock(getStock() - 1);
        var component = DaggerShop_ShopComponent.create();
        ItemDto dto = Mappers.getMapper(ItemMapper.class).toDto(new Source(item.name(), item.price()));
        yield_();
        return done(component.greeting() + " at " + component.clock().now() + ": " + dto.name + " for "
                + dto.price + ", " + getStock() + " left");
    }

    public static void main(String[] args) {
        var shop = new Shop_Coroutines();
        System.out.println(shop.sell("tea").await());
        System.out.println(Item.of("cake", 2));
    }
}
