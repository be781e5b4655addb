// CORPUS FINDING: UNTAGGED_ERROR
// method: commons-lang3:org/apache/commons/lang3/EnumUtils.java:EnumUtils.generateBitVectors#6 (commons-lang3-3.17.0-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/UntaggedError_commonslang3_EnumUtils_generateBitVectors_6.java
//
// ERROR Kc1990.java:-1: cannot find symbol
//   symbol:   class <captured wildcard>
//   location: class org.apache.commons.lang3.Kc1990

package org.apache.commons.lang3;
import java.util.EnumSet;
import java.util.Objects;
import static kaa.Async.*;
import org.apache.commons.lang3.EnumUtils.*;
import static org.apache.commons.lang3.EnumUtils.*;
abstract class Kc1990 {
    static final String NULL_ELEMENTS_NOT_PERMITTED = "null elements not permitted";
    static <E extends Enum<E>> Class<E> asEnum(final Class<E> enumClass) {
        Objects.requireNonNull(enumClass, ENUM_CLASS_MUST_BE_DEFINED);
        Validate.isTrue(enumClass.isEnum(), S_DOES_NOT_SEEM_TO_BE_AN_ENUM_TYPE, enumClass);
        return enumClass;
    }
    static final String ENUM_CLASS_MUST_BE_DEFINED = "EnumClass must be defined.";
    static final String S_DOES_NOT_SEEM_TO_BE_AN_ENUM_TYPE = "%s does not seem to be an Enum type";
    @kaa.Coroutine
    static <E extends Enum<E>> kaa.InProgress<long[]> co_generateBitVectors(final Class<E> enumClass, final Iterable<? extends E> values) {
        yield_(); asEnum(enumClass);
        yield_(); Objects.requireNonNull(values, "values");
        yield_(); final EnumSet<E> condensed = EnumSet.noneOf(enumClass);
        yield_(); values.forEach(constant -> condensed.add(Objects.requireNonNull(constant, NULL_ELEMENTS_NOT_PERMITTED)));
        yield_(); final long[] result = new long[(enumClass.getEnumConstants().length - 1) / Long.SIZE + 1];
        yield_(); for (final E value : condensed) {
            yield_(); result[value.ordinal() / Long.SIZE] |= 1L << value.ordinal() % Long.SIZE;
        }
        yield_(); ArrayUtils.reverse(result);
        yield_(); return done(result);
    }
}
