package kaa.fuzz.corpus;

import java.util.List;

/**
 * One method of real code turned into a coroutine test: a fresh abstract class {@code className} in {@code pkg}
 * holding the method as a {@code @Coroutine} ({@code source}), and, when the method looks like a pure function of
 * primitives and strings, a second class {@code plainClassName} holding the method as written ({@code plainSource}).
 *
 * @param key stable name of the method: code base, file, enclosing classes, method name and its ordinal in the file
 * @param coroutineName the coroutine's name in the generated class ({@code co_} and the original name)
 * @param paramTypes the parameter types as written, for the differential run; null when there is none
 * @param returnType the original return type as written
 * @param misplaced true for the deliberately broken variant: a {@code yield_()} where it cannot suspend
 */
record Candidate(String key, String codeBase, String pkg, String className, String source, String coroutineName,
        String plainClassName, String plainSource, List<String> paramTypes, String returnType, boolean misplaced,
        String expectedTag) {

    String qualified(String simple) {
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }

    boolean differential() {
        return plainSource != null;
    }
}
