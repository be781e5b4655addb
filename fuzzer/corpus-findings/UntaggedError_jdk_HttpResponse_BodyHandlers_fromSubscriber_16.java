// CORPUS FINDING: UNTAGGED_ERROR
// method: jdk:java.net.http/java/net/http/HttpResponse.java:HttpResponse.BodyHandlers.fromSubscriber#16 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/UntaggedError_jdk_HttpResponse_BodyHandlers_fromSubscriber_16.java
//
// ERROR Kc23683.java:-1: cannot find symbol
//   symbol:   class <captured wildcard>
//   location: class kc.java.net.http.Kc23683

package kc.java.net.http;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Flow.Subscriber;
import java.util.function.Function;
import static java.nio.file.StandardOpenOption.*;
import static kaa.Async.*;
import java.net.http.*;
import java.net.http.HttpResponse.*;
import static java.net.http.HttpResponse.*;
import java.net.http.HttpResponse.BodyHandlers.*;
import static java.net.http.HttpResponse.BodyHandlers.*;
abstract class Kc23683 {
    static BodyHandler<Void> fromSubscriber(Subscriber<? super List<ByteBuffer>> subscriber) {
            Objects.requireNonNull(subscriber);
            return (responseInfo) -> BodySubscribers.fromSubscriber(subscriber,
                                                                       s -> null);
        }
    static <S extends Subscriber<? super List<ByteBuffer>>,T> BodyHandler<T> fromSubscriber(S subscriber, Function<? super S,? extends T> finisher) {
            Objects.requireNonNull(subscriber);
            Objects.requireNonNull(finisher);
            return (responseInfo) -> BodySubscribers.fromSubscriber(subscriber,
                                                                      finisher);
        }
    @kaa.Coroutine
    static <S extends Subscriber<? super List<ByteBuffer>>,T> kaa.InProgress<BodyHandler<T>> co_fromSubscriber(S subscriber, Function<? super S,? extends T> finisher) {
            yield_(); Objects.requireNonNull(subscriber);
            yield_(); Objects.requireNonNull(finisher);
            yield_(); return done((responseInfo) -> BodySubscribers.fromSubscriber(subscriber,
                                                                      finisher));
        }
}
